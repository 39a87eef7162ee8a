// Every part at once, for code that needs the whole default content up front
// (the tests, and bundler users who prefer one request to several).
import './regions.js';
import './conditions.js';
import './flags.js';
import './exercises.js';
import './sources.js';
