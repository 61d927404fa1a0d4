// For tsc over the tests: an .astro component is a module whose default export is the component
// (astro check types the components themselves).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
