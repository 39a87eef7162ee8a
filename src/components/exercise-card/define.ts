import { define } from '../../define.js';
import { ensurePageGuide } from '../../guide/page-guide.js';
import { ExerciseCard } from './exercise-card.js';

ensurePageGuide();
define('exercise-card', ExerciseCard);

export { ExerciseCard };
