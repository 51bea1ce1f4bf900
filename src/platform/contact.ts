/** How to reach the Secretariat, as the site's footer and the digest print it. Social accounts are not in the record. */
export const SECRETARIAT_CONTACT = {
  phone: '+7 7172 576510',
  email: 's-cica@s-cica.org',
  web: 'www.s-cica.org',
} as const;
