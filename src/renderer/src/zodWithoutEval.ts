import { config } from 'zod';

/**
 * The window's CSP allows no eval (src/main/security/appHeaders.ts). zod would otherwise
 * probe `Function('')` at its first parse to decide whether to compile validators, which the
 * policy refuses and reports as a violation. Jitless, it validates the same way, without the
 * probe. Imported first by main.tsx, so it runs before any schema is used.
 */
config({ jitless: true });
