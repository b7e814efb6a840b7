import type { Config } from 'tailwindcss';

// Every status has three shades: DEFAULT (strong: dots, borders, row markers), `tint`
// (background) and `ink` (text on the tint, at least 4.5:1 against it).
const slate = { DEFAULT: '#64748b', tint: '#f1f5f9', ink: '#334155' };
const green = { DEFAULT: '#16a34a', tint: '#dcfce7', ink: '#166534' };
const red = { DEFAULT: '#dc2626', tint: '#fee2e2', ink: '#991b1b' };
const blue = { DEFAULT: '#2563eb', tint: '#dbeafe', ink: '#1e40af' };
const orange = { DEFAULT: '#f97316', tint: '#ffedd5', ink: '#9a3412' };
const yellow = { DEFAULT: '#eab308', tint: '#fef9c3', ink: '#854d0e' };
const gray = { DEFAULT: '#6b7280', tint: '#f3f4f6', ink: '#374151' };
const grayFaint = { DEFAULT: '#9ca3af', tint: '#f9fafb', ink: '#4b5563' };

const config = {
  theme: {
    extend: {
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
          '"Apple Color Emoji"',
          '"Segoe UI Emoji"',
        ],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
      colors: {
        background: '#ffffff',
        foreground: '#18181b',
        card: { DEFAULT: '#ffffff', foreground: '#18181b' },
        popover: { DEFAULT: '#ffffff', foreground: '#18181b' },
        muted: { DEFAULT: '#f4f4f5', foreground: '#52525b' },
        accent: { DEFAULT: '#f4f4f5', foreground: '#18181b' },
        border: '#e4e4e7',
        // Form controls need 3:1 against the page to be recognisable (WCAG 1.4.11).
        input: '#8c8c96',
        ring: '#2563eb',
        primary: { DEFAULT: '#18181b', foreground: '#fafafa', hover: '#3f3f46' },
        secondary: { DEFAULT: '#f4f4f5', foreground: '#18181b', hover: '#e4e4e7' },
        destructive: { DEFAULT: '#dc2626', foreground: '#ffffff', hover: '#b91c1c', tint: '#fef2f2', ink: '#991b1b' },
        info: { DEFAULT: '#2563eb', tint: '#eff6ff', ink: '#1e40af' },
        success: { DEFAULT: '#16a34a', tint: '#f0fdf4', ink: '#166534' },
        status: {
          unassigned: slate,
          offered: green,
          unscheduled: red,
          scheduled: blue,
          'in-progress': orange,
          paused: yellow,
          complete: gray,
          canceled: grayFaint,
        },
        appointment: {
          scheduled: blue,
          enroute: orange,
          started: { ...orange, DEFAULT: '#ea580c' },
          complete: gray,
          canceled: grayFaint,
        },
      },
      keyframes: {
        'fade-in': { from: { opacity: '0' }, to: { opacity: '1' } },
        'dialog-in': {
          from: { opacity: '0', transform: 'translateY(0.5rem) scale(0.98)' },
          to: { opacity: '1', transform: 'none' },
        },
      },
      animation: {
        'fade-in': 'fade-in 150ms ease-out',
        'dialog-in': 'dialog-in 150ms ease-out',
      },
    },
  },
} satisfies Config;

export default config;
