declare module 'virtual:barrieremodel/editie' {
  const info: import('./integrations/barrieremodel.ts').EditieInfo;
  export default info;
}
declare module 'virtual:barrieremodel/thema.css';
