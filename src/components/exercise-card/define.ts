import { define } from '../../define.js';
// The page-wide guide and <knee-pain-guide> come first: elements upgrade
// inside a guide that already provides their context.
import '../knee-pain-guide/define.js';
import { ExerciseCard } from './exercise-card.js';

define('exercise-card', ExerciseCard);

export { ExerciseCard };
