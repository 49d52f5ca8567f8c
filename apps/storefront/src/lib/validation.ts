/** Mainland China mobile numbers: 11 digits starting 13–19. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/** True for a mainland mobile number; spaces and dashes people type are ignored, a +86 prefix allowed. */
export function isMainlandMobile(input: string): boolean {
  return MAINLAND_MOBILE.test(normalizeMobile(input))
}

/** "+86 138-0013-8000" → "13800138000". */
export function normalizeMobile(input: string): string {
  return input.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Field name → message key (in the "form.errors" namespace). */
export type FieldErrors = Partial<Record<string, string>>

export type AddressInput = {
  email: string
  name: string
  phone: string
  province: string
  city: string
  district: string
  street: string
  shippingOptionId: string
  paymentProviderId: string
}

/** Checks the checkout form; returns message keys for each wrong field, empty when the order can be placed. */
export function validateCheckout(input: AddressInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!EMAIL.test(input.email.trim())) errors.email = input.email.trim() ? "emailInvalid" : "required"
  if (!input.name.trim()) errors.name = "required"
  if (!input.phone.trim()) errors.phone = "required"
  else if (!isMainlandMobile(input.phone)) errors.phone = "phoneInvalid"
  for (const field of ["province", "city", "district", "street"] as const) {
    if (!input[field].trim()) errors[field] = "required"
  }
  if (!input.shippingOptionId) errors.shippingOptionId = "chooseShipping"
  if (!input.paymentProviderId) errors.paymentProviderId = "choosePayment"
  return errors
}
