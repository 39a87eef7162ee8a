// Spanish: Every exercise, with its steps, cues and variants.
import exercises from '../../../../content/es/exercises.json';
import { addDefaultContent, type ContentPart } from '../../default-store.js';

addDefaultContent({ exercises } as unknown as ContentPart, 'es', 'exercises');
