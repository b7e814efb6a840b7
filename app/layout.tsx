import type { Metadata, Viewport } from 'next';
import { QueryProvider } from '@/components/shell/query-provider';
import { Toaster } from '@/components/ui/toaster';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Fieldline', template: '%s · Fieldline' },
  description: 'Field-service dispatch between enterprises and their provider networks.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <QueryProvider>{children}</QueryProvider>
        <Toaster />
      </body>
    </html>
  );
}
