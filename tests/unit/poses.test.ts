import { expect, fixture, html } from '@open-wc/testing';
import type { SVGTemplateResult } from 'lit';
import { POSE_VIEWBOX, poseMotion, poseStill } from '../../src/components/exercise-card/poses.js';
import { defaultContent } from '../../src/content/default.js';

const poses = [...new Set(defaultContent.exercises.map((e) => e.pose))];

/** Renders figure content the way the card does: inside an `<svg>` with the pose viewBox. */
async function draw(content: SVGTemplateResult) {
  const svg = await fixture<SVGSVGElement>(
    html`<svg viewBox=${POSE_VIEWBOX} width="200" height="120"><g>${content}</g></svg>`,
  );
  return { svg, g: svg.querySelector('g')! };
}

const numbers = (s: string) => s.match(/-?\d+(\.\d+)?/g) ?? [];
const paths = (root: Element) => [...root.querySelectorAll('path')].map((p) => p.getAttribute('d'));

describe('pose figures', () => {
  it('uses the 200 × 120 viewBox', () => {
    expect(POSE_VIEWBOX).to.equal('0 0 200 120');
  });

  for (const pose of poses) {
    describe(pose, () => {
      it('draws a figure, a head and the floor in both stills', async () => {
        for (const which of ['start', 'end'] as const) {
          const { g } = await draw(poseStill(pose, which));
          expect(g.querySelectorAll('path.fig').length, which).to.be.at.least(1);
          expect(g.querySelectorAll('path.fig-work').length, which).to.equal(1);
          expect(g.querySelectorAll('circle.fig-head').length, which).to.equal(1);
          expect(g.querySelectorAll('.floor').length, which).to.equal(1);
          expect(g.querySelector('animate'), which).to.equal(null);
        }
      });

      it('moves between start and end', async () => {
        const start = await draw(poseStill(pose, 'start'));
        const end = await draw(poseStill(pose, 'end'));
        expect(paths(start.g)).to.not.deep.equal(paths(end.g));
      });

      it('keeps every limb’s path structure the same in every keyframe, so SMIL can interpolate it', async () => {
        const { g } = await draw(poseMotion(pose));
        for (const limb of g.querySelectorAll('path.fig, path.fig-work')) {
          expect(limb.querySelector('animate[attributeName="d"]')).to.exist;
        }
        const animated = g.querySelectorAll('path > animate[attributeName="d"]');
        for (const a of animated) {
          const frames = a.getAttribute('values')!.split(';');
          expect(frames.length).to.equal(a.getAttribute('keyTimes')!.split(';').length);
          for (const f of frames) {
            expect(numbers(f).length, f).to.equal(numbers(frames[0]!).length);
            expect(f.replace(/[\d.\s-]+/g, ' '), f).to.equal(frames[0]!.replace(/[\d.\s-]+/g, ' '));
          }
        }
        expect(g.querySelectorAll('circle.fig-head > animate').length).to.equal(2);
      });

      it('reaches the end still half way through the cycle', async () => {
        const end = await draw(poseStill(pose, 'end'));
        const { svg, g } = await draw(poseMotion(pose));
        svg.pauseAnimations();
        svg.setCurrentTime(1.8);
        const box = (e: SVGGraphicsElement) => {
          const b = e.getBBox();
          return [b.x, b.y, b.width, b.height].map(Math.round);
        };
        const moving = [...g.querySelectorAll<SVGGraphicsElement>('path, circle')].map(box);
        expect(moving).to.deep.equal([...end.g.querySelectorAll<SVGGraphicsElement>('path, circle')].map(box));
      });

      it('fits inside the viewBox, round caps of a 6-unit stroke included', async () => {
        for (const which of ['start', 'end'] as const) {
          const { g } = await draw(poseStill(pose, which));
          const b = g.getBBox();
          expect(b.x, which).to.be.at.least(3);
          expect(b.y, which).to.be.at.least(3);
          expect(b.x + b.width, which).to.be.at.most(197);
          expect(b.y + b.height, which).to.be.at.most(117);
        }
      });
    });
  }
});
