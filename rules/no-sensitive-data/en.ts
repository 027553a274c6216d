import type { NoSensitiveDataData } from './index.ts';

export const en: NoSensitiveDataData = {
  phrases: {
    useValue: [
      {
        phrases: [
          '(use|enter|type|try|paste) (the|your|this|) (new|temporary|one-time|default|)',
          '(log|sign) in with (the|your|this|) (new|temporary|one-time|)', '(log|sign) in using (the|your|this|) (new|temporary|)',
          'login with (the|your|this|) (new|temporary|)',
        ],
      },
    ],
    password: [
      {
        phrases: [
          'password', 'passwd', 'pwd', 'passcode', 'pass code', 'passphrase', 'pass phrase', 'login code', 'access code',
          'unlock code', '(wifi|wi-fi|network|wpa|wpa2|wireless|router) key',
        ],
      },
      { phrases: ['pass'], notBefore: ['boarding', 'season', 'travel', 'bus', 'day', 'gym', 'festival', 'ski', 'guest', 'visitor', 'backstage', 'digital', 'mobile', 'free'] },
    ],
    pin: [
      { phrases: ['pin', 'pin code', 'pin number', 'puk', 'puk code', 'cvv', 'cvc', 'cvv2', 'security code', '(one-time|verification|otp|2fa|sms) code', 'otp'] },
    ],
    key: [
      {
        phrases: [
          'api key', 'apikey', 'api token', 'api secret', 'access token', 'auth token', 'bearer token', 'refresh token',
          'token', 'secret', 'secret key', 'client secret', 'private key', 'access key', 'server key',
          '(licence|license|product|activation|serial|registration) key', 'key', 'licence code', 'license code',
          'activation code',
        ],
      },
    ],
  },
  connectors: [
    'is', 'is now', 'will be', 'would be', 'remains', 'reads', 'is set to', 'was set to', 'has been set to',
    'was reset to', 'has been reset to', 'was changed to', 'has been changed to', 'is still',
    'you can use is', 'to use is',
  ],
  ofWords: ['for', 'of', 'on', 'to'],
  cardNouns: ['card', 'visa', 'mastercard', 'amex', 'maestro'],
  notCardNouns: [
    'order', 'tracking', 'invoice', 'reference', 'ref', 'ticket', 'case', 'booking', 'parcel', 'shipment',
    'serial', 'imei', 'confirmation', 'transaction', 'claim', 'policy', 'awb', 'consignment', 'customer',
    'member', 'membership', 'loyalty', 'voucher', 'gift', 'barcode', 'ean', 'upc', 'isbn', 'meter', 'mpan', 'mprn',
  ],
  removed: '[removed]',
  otherValues: [
    'username', 'user', 'email', 'mail', 'address', 'phone', 'number', 'order', 'ticket', 'reference', 'ref', 'error',
    'code', 'ending', 'ends', 'last', 'digits', 'link', 'url', 'id', 'date', 'time', 'model', 'version', 'extension', 'ext',
    'call', 'ring', 'dial', 'text', 'whatsapp', 'article', 'guide', 'page', 'section', 'step', 'case', 'file',
  ],
  endingIn: {
    card: 'ending in {last4}',
    visa: 'ending in {last4}',
    mastercard: 'ending in {last4}',
    iban: 'ending in {last4}',
    account: 'ending in {last4}',
  },
};
