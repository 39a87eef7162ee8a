// Spanish: The causes shown in the map's panel, loaded as soon as a map connects.
import conditions from '../../../../content/es/conditions.json';
import { addDefaultContent, type ContentPart } from '../../default-store.js';

addDefaultContent({ conditions } as unknown as ContentPart, 'es', 'conditions');
