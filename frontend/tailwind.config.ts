import type { Config } from 'tailwindcss';
import defaultTheme from 'tailwindcss/defaultTheme';

const config: Config = {
  content: ['./src/**/*.{ts,tsx}'],
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
          ...defaultTheme.fontFamily.sans,
        ],
      },
      colors: {
        brand: {
          50: '#eef6ff',
          100: '#d9eaff',
          200: '#bcdaff',
          500: '#2f6fe0',
          600: '#1d56c4',
          700: '#17449c',
          800: '#173a7d',
          900: '#172f63',
        },
      },
    },
  },
  plugins: [],
};

export default config;
