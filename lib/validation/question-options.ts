// The written questions and answers (stage 2): the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/question.ts, which passes these on).

export const QUESTION_MAX = 1000;
export const ANSWER_MAX = 5000;
