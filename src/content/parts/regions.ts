// The regions and their refine questions: what the map needs to draw itself.
import regions from '../../../content/en/regions.json';
import questions from '../../../content/en/questions.json';
import { addDefaultContent, type ContentPart } from '../default-store.js';

addDefaultContent({ regions, questions } as unknown as ContentPart, 'en', 'regions');
