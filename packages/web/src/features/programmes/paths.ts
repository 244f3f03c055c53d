/** The addresses of the programmes pages. */
export const PROGRAMMES_PATH = '/programmes';
export const MY_APPLICATIONS_PATH = '/me/applications';

export const programmePath = (id: string) => `${PROGRAMMES_PATH}/${encodeURIComponent(id)}`;
export const applyPath = (id: string) => `${programmePath(id)}/apply`;
export const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;
export const verifyPath = (code: string) => `/verify/${encodeURIComponent(code)}`;
export const feedbackAnswerPath = (programmeId: string) => `${programmePath(programmeId)}/feedback/answer`;
