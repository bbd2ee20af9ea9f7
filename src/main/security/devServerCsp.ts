import { APP_CSP } from './appHeaders';

/**
 * The policy for `npm run dev` only (electron.vite.config.ts applies it to index.html when
 * Vite serves it; a build never contains it): the app's own policy plus exactly what Vite's
 * dev server needs. Vite injects the CSS as <style> elements, and hot reload talks over a
 * websocket to the dev server itself. Scripts stay 'self': React's inline refresh preamble is
 * placed before this meta tag, and a meta policy governs only what follows it
 * (tests/e2e/devServer.spec.ts loads the dev server's page and finds nothing refused).
 * Everything else stays as closed as in the app.
 */
export function devServerCsp(devServer: { host: string; port: number }): string {
  const directives = new Map(
    APP_CSP.split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words.length > 0 && words[0] !== '')
      .map(([name = '', ...values]) => [name, values] as const),
  );
  const add = (name: string, ...values: string[]) =>
    directives.set(name, [...(directives.get(name) ?? []).filter((v) => v !== "'none'"), ...values]);
  add('style-src', "'unsafe-inline'");
  add('connect-src', `ws://${devServer.host}:${devServer.port}`);
  return [...directives].map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
