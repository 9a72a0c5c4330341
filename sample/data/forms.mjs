// Feedback forms. Both post to the local development receiver (http is allowed only for localhost).

const ENDPOINT = 'http://localhost:8787/submissions';
const PARTNERSHIP = 'the North East Sample Community Planning Partnership (a fictional partnership used for demonstration)';

export const FORMS = [
  {
    id: 'plan-feedback',
    title: 'Have your say on the Locality Plan',
    introduction:
      'Tell us what you think of the Locality Plan for your neighbourhood: whether it reflects the area, which priorities matter most to you and what we should do differently. It takes about five minutes.',
    privacy_notice: `Your answers go to ${PARTNERSHIP}. We use them to review the Locality Plans and to write the yearly progress report, in which answers are only ever reported in summary, never with names. We keep your answers for 12 months and then delete them. If you give your email address, we use it only to reply to you and delete it when we have. You can ask to see or delete your answers at any time by emailing privacy@example.org.`,
    questions: [
      {
        id: 'reflects-area',
        kind: 'rating',
        label: 'How well does the Locality Plan reflect your neighbourhood?',
        required: true,
        scale: { min: 1, max: 5, min_label: 'Not at all', max_label: 'Very well' },
      },
      {
        id: 'neighbourhood',
        kind: 'single_choice',
        label: 'Which neighbourhood do you live or work in?',
        required: true,
        options: [
          { value: 'parkhead', label: 'Parkhead (Ceann na Pàirce)' },
          { value: 'springburn', label: 'Springburn (Bùrn an Fhuarain)' },
          { value: 'easterhouse', label: 'Easterhouse (Taigh na h-Àirde an Ear)' },
          { value: 'elsewhere', label: 'Somewhere else' },
        ],
      },
      {
        id: 'priorities',
        kind: 'multiple_choice',
        label: 'Which priorities matter most to you?',
        hint: 'Choose up to three.',
        options: [
          { value: 'best-start', label: 'Children get the best start in life' },
          { value: 'young-people', label: 'Young people have places to go' },
          { value: 'older-people', label: 'Older people live well at home' },
          { value: 'good-work', label: 'More people in good work' },
          { value: 'safer-streets', label: 'Safer, cleaner streets' },
          { value: 'warm-homes', label: 'Warm, affordable homes' },
          { value: 'green-spaces', label: 'Green spaces everyone can use' },
          { value: 'healthier-lives', label: 'People live longer, healthier lives' },
          { value: 'have-a-say', label: 'Residents have a real say in decisions' },
        ],
      },
      {
        id: 'comments',
        kind: 'long_text',
        label: 'What should the partnership do differently?',
        hint: 'Please do not include names or other personal details about yourself or anyone else.',
        max_length: 1200,
      },
      {
        id: 'email',
        kind: 'email',
        label: 'Email address (optional)',
        hint: 'Only if you would like a reply.',
        required: false,
        personal: true,
      },
      {
        id: 'consent',
        kind: 'consent',
        label: 'I agree that the partnership can use my answers as described in the privacy notice.',
        required: true,
      },
    ],
    confirmation: {
      title: 'Thank you: your views have been sent',
      message: 'The community panel reads every response. A summary of what people said, and what changed as a result, will be in the next progress report.',
    },
    submit_label: 'Send my views',
    endpoint: ENDPOINT,
  },
  {
    id: 'page-feedback',
    title: 'Was this page useful?',
    privacy_notice: `Your answers go to ${PARTNERSHIP} and are used only to improve these pages. Please do not include personal details. We keep answers for 12 months.`,
    questions: [
      { id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true },
      {
        id: 'improve',
        kind: 'long_text',
        label: 'How could we make this page better?',
        hint: 'Please do not include personal details. We cannot reply to messages sent with this form.',
        max_length: 500,
      },
      {
        id: 'postcode',
        kind: 'postcode',
        label: 'Your postcode (optional)',
        hint: 'This helps us see which neighbourhoods use these pages. We only keep the first part and one more character, for example G31 4.',
      },
    ],
    confirmation: { title: 'Thank you for your feedback', message: 'We read every answer and use them to improve these pages.' },
    submit_label: 'Send feedback',
    endpoint: ENDPOINT,
  },
];
