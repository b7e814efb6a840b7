import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { CustomerPage, LinkExpired, LinkNotFound } from '@/components/customer/customer-page';
import { ThankYou } from '@/components/customer/star-rating';
import { SurveyForm } from '@/components/customer/survey-form';
import { getSurvey } from '@/lib/server/surveys/get-survey';
import { answerSurveyAction } from './actions';

export const metadata: Metadata = { title: 'Rate your visit', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function SurveyPage({ params }: PageProps<'/s/[token]'>) {
  const { token } = await params;
  const survey = await getSurvey(token);
  switch (survey.state) {
    case 'missing':
      return <LinkNotFound />;
    case 'expired':
      return <LinkExpired />;
    case 'not_ready':
      return (
        <CustomerPage title="Rate your visit">
          <p className="text-muted-foreground">You can rate the visit from {survey.providerName} once it is complete.</p>
        </CustomerPage>
      );
    case 'answered':
      return (
        <CustomerPage title="Rate your visit">
          <ThankYou rating={survey.rating} />
        </CustomerPage>
      );
    case 'open':
      return (
        <CustomerPage title="Rate your visit">
          {/* One command id per rendering of the form: the customer's one intent to answer. */}
          <SurveyForm token={token} commandId={randomUUID()} providerName={survey.providerName} action={answerSurveyAction} />
        </CustomerPage>
      );
  }
}
