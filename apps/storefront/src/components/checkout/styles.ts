/** The look shared by checkout's sections. */
export const SECTION = "space-y-4 rounded-2xl border border-sand-dark p-4 sm:p-6"
export const HEADING = "text-lg font-bold"
