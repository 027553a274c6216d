import type { NoSensitiveDataData } from './index.ts';

export const es: NoSensitiveDataData = {
  phrases: {
    useValue: [
      {
        phrases: [
          '(use|usa|utilice|utiliza|introduzca|introduce|escriba|escribe|ponga|pon|pruebe con|prueba con) (la|su|tu|esta|el|) (nueva|)',
          '(entre|entra|acceda|accede|inicie sesión|inicia sesión|conéctese|conéctate) con (la|su|tu|esta|el|) (nueva|)',
        ],
      },
    ],
    password: [
      {
        phrases: [
          'contraseña', 'contraseña (nueva|temporal|provisional|de acceso|nueva temporal)', 'clave',
          'clave (nueva|temporal|provisional|de acceso)', 'password', 'código de acceso', 'código de desbloqueo',
          '(su|tu) (nueva|) contraseña', 'contraseña (de su|de tu) cuenta', 'clave (wifi|wi-fi|de la wifi|de la red|del router)',
        ],
      },
    ],
    pin: [
      { phrases: ['pin', '(código|numero|número) pin', 'puk', 'código puk', 'cvv', 'cvc', 'código de seguridad', 'código de verificación', 'código (otp|sms)'] },
    ],
    key: [
      {
        phrases: [
          'clave (api|de api|de la api|secreta|privada|de licencia|del producto|de producto|de activación|de registro|del servidor)',
          'api key', 'token', 'token de acceso', 'token de api', 'secret', 'código de activación', 'código de licencia',
        ],
      },
    ],
  },
  connectors: [
    'es', 'sera', 'es ahora', 'ahora es', 'pasa a ser', 'sigue siendo', 'ha cambiado a', 'se ha cambiado a',
    'se ha restablecido a', 'queda como', 'quedara como', 'que puede usar es', 'que debe usar es',
  ],
  ofWords: ['de', 'del', 'para', 'en'],
  cardNouns: ['tarjeta', 'visa', 'mastercard', 'amex', 'maestro'],
  notCardNouns: [
    'pedido', 'seguimiento', 'factura', 'referencia', 'ref', 'ticket', 'caso', 'reserva', 'envio', 'paquete',
    'serie', 'imei', 'localizador', 'expediente', 'incidencia', 'transaccion', 'cliente', 'socio', 'poliza',
    'albaran', 'contador', 'cups', 'bono', 'vale', 'regalo',
  ],
  removed: '[eliminado]',
  otherValues: [
    'usuario', 'correo', 'email', 'direccion', 'telefono', 'numero', 'pedido', 'referencia', 'error', 'codigo',
    'terminada', 'terminado', 'termina', 'acaba', 'ultimas', 'ultimos', 'cifras', 'digitos', 'enlace', 'id', 'fecha', 'hora', 'modelo',
    'version', 'extension', 'llame', 'llamar', 'llamenos', 'marque', 'whatsapp', 'articulo', 'guia', 'pagina', 'seccion',
    'paso', 'caso', 'archivo', 'fichero',
  ],
  endingIn: {
    tarjeta: 'terminada en {last4}',
    visa: 'terminada en {last4}',
    mastercard: 'terminada en {last4}',
    cuenta: 'terminada en {last4}',
    iban: 'terminado en {last4}',
  },
};
