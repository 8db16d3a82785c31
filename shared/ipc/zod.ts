// One configured zod for the whole app.
// - Indonesian default messages: officers read every validation error in Bahasa Indonesia.
// - jitless: zod probes `new Function` for speed, which a strict CSP (no 'unsafe-eval') forbids.
import { z } from 'zod';
import { id } from 'zod/locales';

z.config(id());
z.config({ jitless: true });

export { z };
