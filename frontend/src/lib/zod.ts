// zod as the app uses it: without generated code (`new Function`), which the Content-Security-
// Policy forbids (even zod's probe for it is reported as a violation). Import `z` from here.
// eslint-disable-next-line no-restricted-imports -- the one place that imports zod itself
import { z } from 'zod';

z.config({ jitless: true });

export { z };
