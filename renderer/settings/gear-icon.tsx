// The settings gear, drawn inline like the app's other icons so it never depends on a font.
export function GearIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden={true} focusable={false}>
      <path
        d="M6.8 1.5h2.4l.4 1.9 1.3.6 1.7-1 1.7 1.7-1 1.7.6 1.3 1.9.4v2.4l-1.9.4-.6 1.3 1 1.7-1.7 1.7-1.7-1-1.3.6-.4 1.9H6.8l-.4-1.9-1.3-.6-1.7 1-1.7-1.7 1-1.7-.6-1.3-1.9-.4V6.8l1.9-.4.6-1.3-1-1.7 1.7-1.7 1.7 1 1.3-.6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
      <circle cx="8" cy="8" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
