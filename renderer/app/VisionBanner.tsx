import { useRoadmap } from '../state/session-context';
import { useUiStore } from '../state/ui-store';

/** The roadmap's vision above the canvas, folding to its first line; nothing until a vision is written. */
export function VisionBanner() {
  const vision = useRoadmap((snapshot) => snapshot.meta.vision);
  const collapsed = useUiStore((state) => state.visionCollapsed);
  const setCollapsed = useUiStore((state) => state.setVisionCollapsed);
  if (!vision.trim()) return null;
  return (
    <section className={`vision${collapsed ? ' collapsed' : ''}`} aria-label="Vision">
      <button
        type="button"
        className="vision-toggle"
        aria-expanded={!collapsed}
        aria-controls="roadmap-vision"
        title={collapsed ? 'Show the whole vision' : 'Fold the vision to one line'}
        onClick={() => setCollapsed(!collapsed)}
      >
        Vision
      </button>
      <p id="roadmap-vision">{vision}</p>
    </section>
  );
}
