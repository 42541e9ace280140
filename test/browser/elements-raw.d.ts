// Vite's ?raw imports of the demo pages (vite/client types are not in the root tsconfig).
declare module '*.html?raw' {
  const text: string;
  export default text;
}
