/** A form field as text ('' when absent). */
export const formText = (form: FormData, name: string) => String(form.get(name) ?? '');

/** The customer part of a new-job form: an existing customer by id, or a new one's details. */
export function readCustomer(form: FormData) {
  const existing = form.get('customerMode') === 'existing';
  return {
    customerId: existing ? formText(form, 'customerId') : undefined,
    customerName: existing ? undefined : formText(form, 'customerName'),
    customerPhone: existing ? undefined : formText(form, 'customerPhone'),
    customerEmail: existing ? undefined : formText(form, 'customerEmail'),
    smsConsent: form.get('smsConsent') === 'on',
  };
}

/** The fields of ServiceAddressFields. */
export function readServiceAddress(form: FormData) {
  return {
    addressLine1: formText(form, 'addressLine1'),
    addressLine2: formText(form, 'addressLine2'),
    city: formText(form, 'city'),
    region: formText(form, 'region'),
    postalCode: formText(form, 'postalCode'),
    timeZone: formText(form, 'timeZone'),
  };
}
