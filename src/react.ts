/**
 * JSX types for React 19 (`knee-pain-widgets/react`): types only, no code.
 * Add them once, in any file of a React app:
 *
 * ```ts
 * import type {} from 'knee-pain-widgets/react';
 * ```
 *
 * Then `<knee-pain-map side="left" onknee-region-select={(e) => e.detail.region} />`
 * type-checks, with `e` a `KneeRegionSelectEvent`.
 *
 * How React 19 passes props to a custom element, which these types follow:
 *
 * - `on` + the event's exact name (`onknee-region-select`, lower case, with
 *   its dashes) adds a listener for that event, and swaps it when the function
 *   changes; `on…Capture` listens in the capture phase. `onKneeRegionSelect`
 *   would listen for an event called `KneeRegionSelect`, which never fires.
 * - Any other prop is set as a property if the element already has one of
 *   that name, else as an attribute. Our script defines the elements a moment
 *   after React first renders them, so props that must work either way are
 *   typed by their attribute names: `emergency-number`, `heading-level`,
 *   `content-src`, `content-timeout` (not `emergencyNumber`, which, set before
 *   the element is defined, lands in an attribute the element never reads).
 *   Strings, numbers and booleans work as attributes (`false` removes one).
 * - `content` on `<knee-pain-guide>` is an object, so a property only: it
 *   reaches the guide only if the guide is defined when React sets it (import
 *   `knee-pain-widgets/knee-pain-guide` before rendering), else use `content-src`.
 *
 * It adds nothing to `HTMLElementTagNameMap` (each element's module does) and
 * is not imported by any other entry: pages and apps without React never load it.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ExerciseCard } from './components/exercise-card/exercise-card.js';
import type {
  ExerciseCompleteEvent,
  ExerciseStartEvent,
  KneeExerciseCompleteEvent,
  KneeExerciseStartEvent,
} from './components/exercise-card/events.js';
import type { KneeContentErrorEvent, KneeContentLoadEvent } from './components/knee-pain-guide/events.js';
import type { KneePainGuide } from './components/knee-pain-guide/knee-pain-guide.js';
import type { KneeRefineAnswerEvent, KneeRegionSelectEvent } from './components/knee-pain-map/events.js';
import type { KneePainMap } from './components/knee-pain-map/knee-pain-map.js';
import type { KneeRedFlagChangeEvent, RedFlagChangeEvent } from './components/red-flag-checklist/events.js';
import type { RedFlagChecklist } from './components/red-flag-checklist/red-flag-checklist.js';

/** `on<event-name>` and `on<event-name>Capture` props, each called with the typed event. */
export type EventProps<Events> = {
  [K in keyof Events & string as `on${K}` | `on${K}Capture`]?: (event: Events[K]) => void;
};

/** What React gives every element (`key`, `ref`, `id`, `className`, `hidden`, `aria-*`, `onClick`, …), minus names we redefine. */
type Base<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;

/** `1` to `6`, as a number or a string. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

/** Colour scheme of an element: `light`, `dark`, or `null` to follow the visitor's system setting. */
type Theme = KneePainMap['theme'];

/** Events an exercise card fires. They bubble and cross shadow roots. */
export interface ExerciseCardEvents {
  'knee-exercise-start': KneeExerciseStartEvent;
  'knee-exercise-complete': KneeExerciseCompleteEvent;
  /** @deprecated Use `onknee-exercise-start`; this name goes in the next release. */
  'exercise-start': ExerciseStartEvent;
  /** @deprecated Use `onknee-exercise-complete`; this name goes in the next release. */
  'exercise-complete': ExerciseCompleteEvent;
}

/**
 * Events that reach a `<knee-pain-map>`: its own, and those of the exercise
 * cards inside its result panel ("Exercises that may help").
 */
export interface KneePainMapEvents extends ExerciseCardEvents {
  'knee-region-select': KneeRegionSelectEvent;
  'knee-refine-answer': KneeRefineAnswerEvent;
}

/** Events a red-flag checklist fires. */
export interface RedFlagChecklistEvents {
  'knee-red-flag-change': KneeRedFlagChangeEvent;
  /** @deprecated Use `onknee-red-flag-change`; this name goes in the next release. */
  'red-flag-change': RedFlagChangeEvent;
}

/** Events that reach a `<knee-pain-guide>`: its own (which do not bubble), and every one its elements fire. */
export interface KneePainGuideEvents extends KneePainMapEvents, RedFlagChecklistEvents {
  'knee-content-load': KneeContentLoadEvent;
  'knee-content-error': KneeContentErrorEvent;
}

interface KneePainMapOwn {
  /** Which knee: `right` (default) or `left`. */
  side?: KneePainMap['side'];
  /** Which view is shown first: `front` (default) or `back`. The visitor can switch it. */
  view?: KneePainMap['view'];
  /** The selected region id, or `null` for none. Setting it fires no event; the rest of the guide follows. */
  selected?: KneePainMap['selected'];
  theme?: Theme;
}

interface ExerciseCardOwn {
  /** Exercise id from the content, e.g. `wall-sit`. Leave it out inside a guide to follow the map. */
  exercise?: ExerciseCard['exercise'];
  /** Level of the card's main heading (default 2). */
  'heading-level'?: HeadingLevel;
  /** A short beep at each change of step during a session. */
  sound?: boolean;
  /** Vibrate (on phones that can) at each change of step during a session. */
  vibrate?: boolean;
  theme?: Theme;
}

interface RedFlagChecklistOwn {
  /** The local emergency number, e.g. `999` (else taken from the page's language). */
  'emergency-number'?: RedFlagChecklist['emergencyNumber'];
  /** `patient` (default) or `clinician` (adds the Ottawa Knee Rules). */
  mode?: RedFlagChecklist['mode'];
  /** Keep the answers in this browser tab (sessionStorage) across reloads. */
  persist?: boolean;
  theme?: Theme;
}

interface KneePainGuideOwn {
  /** Address of the clinic's own content (JSON). Fetched without cookies or referrer, only when set. */
  'content-src'?: KneePainGuide['contentSrc'];
  /** How long to wait for `content-src`, in milliseconds (100 to 60000; default 8000). */
  'content-timeout'?: number | `${number}`;
  /**
   * The clinic's own content as an object (wins over `content-src`); pass a
   * new object to change it. A property only: the guide must be defined when
   * React sets it (import `knee-pain-widgets/knee-pain-guide` first).
   */
  content?: KneePainGuide['content'];
}

/** Props of `<knee-pain-map>` in React 19. */
export type KneePainMapProps = Base<KneePainMap, KneePainMapOwn> & KneePainMapOwn & EventProps<KneePainMapEvents>;
/** Props of `<exercise-card>` in React 19. */
export type ExerciseCardProps = Base<ExerciseCard, ExerciseCardOwn> & ExerciseCardOwn & EventProps<ExerciseCardEvents>;
/** Props of `<red-flag-checklist>` in React 19. */
export type RedFlagChecklistProps = Base<RedFlagChecklist, RedFlagChecklistOwn> &
  RedFlagChecklistOwn &
  EventProps<RedFlagChecklistEvents>;
/** Props of `<knee-pain-guide>` in React 19. */
export type KneePainGuideProps = Base<KneePainGuide, KneePainGuideOwn> & KneePainGuideOwn & EventProps<KneePainGuideEvents>;

declare module 'react' {
  // Augmenting React's JSX means reopening its namespace: there is no other way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'knee-pain-map': KneePainMapProps;
      'exercise-card': ExerciseCardProps;
      'red-flag-checklist': RedFlagChecklistProps;
      'knee-pain-guide': KneePainGuideProps;
    }
  }
}
