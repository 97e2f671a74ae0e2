/**
 * What a test gets when it imports an `.astro` file: a component to hand to Astro's container
 * (tests/components, tests/layouts). The editor learns this from Astro's language tools; `tsc`
 * does not read `.astro` files, so the tests' imports of them are declared here.
 */
declare module '*.astro' {
  const component: Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];
  export default component;
}
