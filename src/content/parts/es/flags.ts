// Spanish: The warning signs and the clinicians' decision rules.
import redFlags from '../../../../content/es/red-flags.json';
import rules from '../../../../content/es/decision-rules.json';
import { addDefaultContent, type ContentPart } from '../../default-store.js';

addDefaultContent({ redFlags, rules } as unknown as ContentPart, 'es', 'flags');
