import { define } from '../../define.js';
import { ExerciseCard } from './exercise-card.js';

define('exercise-card', ExerciseCard);

export { ExerciseCard };
