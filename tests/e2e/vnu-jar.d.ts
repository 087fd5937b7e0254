declare module 'vnu-jar' {
  const jar: string;
  export default jar;
}
