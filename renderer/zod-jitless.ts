import { z } from 'zod';

// zod probes `new Function` to decide whether to compile parsers; under our CSP
// (`script-src 'self'`, no eval) that probe is reported as a violation. Parsing
// without JIT is plenty fast for the renderer's form-sized inputs.
z.config({ jitless: true });
