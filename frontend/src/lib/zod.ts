// The app's one zod, configured before any schema is built: without JIT, zod never probes
// `new Function`, which the Content-Security-Policy (no 'unsafe-eval') would report as a violation.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
