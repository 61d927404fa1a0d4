declare module 'virtual:barrieremodel/editie' {
  const info: import('./integrations/barrieremodel.ts').EditieInfo;
  export default info;
}
declare module 'virtual:barrieremodel/thema.css';
declare module 'virtual:barrieremodel/inhoud' {
  const bronnen: import('./loaders/inhoud.ts').Inhoudsbronnen;
  export default bronnen;
}
