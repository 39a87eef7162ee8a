// The warning signs and the clinicians' decision rules.
import redFlags from '../../../content/en/red-flags.json';
import rules from '../../../content/en/decision-rules.json';
import { addDefaultContent, type ContentPart } from '../default-store.js';

addDefaultContent({ redFlags, rules } as unknown as ContentPart, 'en', 'flags');
