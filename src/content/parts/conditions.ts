// The causes shown in the map's panel, loaded as soon as a map connects.
import conditions from '../../../content/en/conditions.json';
import { addDefaultContent, type ContentPart } from '../default-store.js';

addDefaultContent({ conditions } as unknown as ContentPart, 'en', 'conditions');
