import type { NoJargonData } from './index.ts';

// Fuera a propósito: «caché» y «cookies» solas («borre la caché y las cookies del navegador» es
// una instrucción cotidiana), «wifi», «router», «módem», «VPN», «firmware», «app».
export const es: NoJargonData = {
  placeholder: 'explíquelo en pocas palabras',
  phrases: {
    terms: [
      {
        phrases: [
          '(vaciar|vacie|vacia|vacíe|borrar|borre|limpiar|limpie|purgar|purgue|restablecer|restablezca) (la|su) (cache|memoria cache) (de|del|) (dns|resolucion dns)',
          '(cache|memoria cache) (de|del|) dns',
          'ipconfig flushdns', 'flushdns',
        ],
        hint: 'borrar la lista de direcciones web que su equipo tiene guardada',
      },
      {
        phrases: ['(servidor|servidores|configuracion|ajustes) (de|del|) dns', '(cambie|cambiar|configure|configurar) (el|los|la|las|sus|su) dns'],
        hint: 'el servicio que traduce los nombres de las webs a las direcciones numéricas que usan los equipos',
      },
      { phrases: ['propagacion (de|del|) (dns|)'], hint: 'el tiempo que tarda el cambio en llegar a todos los servidores de internet' },
      { phrases: ['(propague|propaguen|propagar|propagarse|propaga|propagan|propagado|propagados)'], hint: 'llegue a todos los servidores de internet' },
      { phrases: ['(registro|registros|entrada|entradas|zona) (de|del|) dns'], hint: 'ajustes que indican a internet dónde están los servicios de su dominio' },
      { phrases: ['dns'], hint: 'la agenda de direcciones de internet' },
      {
        phrases: [
          '(renovar|renueve|renueva|liberar|libere|actualizar|actualice) (la|su) (concesion|asignacion|direccion) (dhcp|ip)',
          '(concesion|asignacion) (dhcp|de dhcp)', 'ipconfig (renew|release)',
        ],
        hint: 'pedir al router una nueva dirección de red',
      },
      { phrases: ['dhcp', '(servidor|configuracion) (dhcp|de dhcp)'], hint: 'la función del router que da una dirección de red a cada dispositivo' },
      { phrases: ['mtu', '(tamano|valor) (de la|del|de) mtu'], hint: 'el bloque de datos más grande que envía su conexión de una vez' },
      {
        phrases: [
          '(redireccion|reenvio|apertura) de (puerto|puertos)', 'port forwarding',
          '(abrir|abra|redirigir|redirija|reenviar|reenvie) (el|los|un|unos) (puerto|puertos)',
        ],
        hint: 'dejar que las conexiones desde internet lleguen a un dispositivo de su casa',
      },
      { phrases: ['traceroute', 'tracert', 'traza de ruta'], hint: 'una prueba que muestra cada paso que da su conexión' },
      {
        phrases: [
          '(prueba|pruebas|comando|tiempo|resultado|resultados) (de|del) ping',
          '(haga|hacer|hagan|lance|lanzar|ejecute|ejecutar) (un|el) ping',
          'ping (al|a la) (router|servidor|modem|puerta de enlace|direccion)',
        ],
        hint: 'una prueba rápida que comprueba si un dispositivo responde y con qué rapidez',
      },
      { phrases: ['mascara de (subred|red)', 'subred', 'subredes'], hint: 'el ajuste que indica qué direcciones pertenecen a su red doméstica' },
      {
        phrases: ['nat', '(tipo|configuracion) (de|del) nat', '(doble|nat) (nat|estricta|estricto|moderada|moderado|abierta|abierto)'],
        hint: 'la función del router que comparte una sola dirección de internet entre sus dispositivos',
      },
      { phrases: ['ttl', '(valor|tiempo) (de|del) ttl', 'tiempo de vida'], hint: 'cuánto tiempo se guarda un registro antes de volver a consultarlo' },
      { phrases: ['cname', '(registro|registros) cname'], hint: 'una entrada DNS que apunta un nombre a otro' },
      { phrases: ['(registro|registros|entrada|entradas) mx'], hint: 'las entradas DNS que indican qué servidor recibe su correo' },
      { phrases: ['spf', '(registro|registros|entrada|entradas) spf'], hint: 'una entrada DNS que indica quién puede enviar correo en nombre de su dominio' },
      { phrases: ['dkim', '(firma|firmas|clave|claves|registro|registros) dkim'], hint: 'una firma digital que demuestra que sus correos son auténticos' },
      { phrases: ['dmarc', '(registro|registros|politica) dmarc'], hint: 'una regla DNS que indica qué hacer con el correo que no supera esas comprobaciones' },
      {
        phrases: ['handshake (ssl|tls|)', '(negociacion|protocolo de enlace) (ssl|tls)'],
        hint: 'el inicio de la conexión segura entre su navegador y la web',
      },
      { phrases: ['certificado (ssl|tls)'], hint: 'el archivo que demuestra que una web es auténtica y cifra la conexión' },
      { phrases: ['puerta de enlace', 'gateway'], hint: 'la dirección de su router dentro de su red doméstica' },
      { phrases: ['(ip|direccion ip) (fija|estatica|dedicada)'], hint: 'una dirección de internet que no cambia nunca' },
      { phrases: ['ipv4', 'ipv6'], hint: 'el sistema de numeración de las direcciones de internet' },
      { phrases: ['ssid'], hint: 'el nombre de su red wifi' },
      { phrases: ['wpa2', 'wpa3', 'wpa', 'wep'], hint: 'el ajuste de seguridad de la red wifi' },
      { phrases: ['perdida de paquetes', 'paquetes perdidos'], hint: 'datos que se pierden por el camino' },
      { phrases: ['latencia', 'latencias'], hint: 'el retraso de su conexión' },
      { phrases: ['jitter'], hint: 'retrasos irregulares en su conexión' },
      { phrases: ['(direccion|direcciones) mac'], hint: 'el identificador fijo del hardware de su dispositivo' },
      { phrases: ['arp', '(cache|tabla) arp'], hint: 'la lista que guarda su equipo de los dispositivos de su red' },
      { phrases: ['apn', '(configuracion|ajustes) (del|de|de la) apn'], hint: 'los ajustes de datos móviles de su teléfono' },
      { phrases: ['(servidor|configuracion) (proxy|del proxy)', 'proxy'], hint: 'un servidor que hace de intermediario con internet' },
      { phrases: ['registro de windows', 'regedit', 'editor del registro'], hint: 'la base de datos interna de ajustes de Windows' },
      { phrases: ['bios', 'uefi'], hint: 'los ajustes de arranque del ordenador' },
      { phrases: ['nvram', 'pram', 'smc'], hint: 'una pequeña memoria que guarda los ajustes de hardware del Mac' },
      { phrases: ['power cycle', 'ciclo de (encendido|alimentacion)'], hint: 'apagarlo, esperar 30 segundos y volver a encenderlo' },
      { phrases: ['otp'], hint: 'un código de un solo uso enviado a su teléfono' },
      { phrases: ['rma', '(numero|formulario) (de|del) rma'], hint: 'el número de autorización de la devolución' },
      { phrases: ['sla', 'acuerdo de nivel de servicio'], hint: 'el tiempo de respuesta acordado con usted' },
      {
        phrases: ['(equipo|soporte|tecnicos|agentes) (de|del) (nivel 2|nivel 3|segundo nivel|tercer nivel|n2|n3|l2|l3)', '(l2|l3|n2|n3)'],
        hint: 'nuestro equipo especializado',
      },
      { phrases: ['backend', 'back-end', 'back end'], hint: 'nuestros sistemas internos' },
      { phrases: ['hotfix', 'parche en caliente'], hint: 'una corrección rápida' },
      { phrases: ['(clave|claves|token|tokens) (de la|de|) api'], hint: 'la contraseña que usa un programa para conectarse a nuestro servicio' },
      { phrases: ['api', '(llamada|llamadas|peticion|peticiones) (de la|de|a la|a) api'], hint: 'la conexión que usan otros programas para comunicarse con el nuestro' },
      { phrases: ['endpoint', 'endpoints'], hint: 'la dirección web a la que se conecta un programa' },
      { phrases: ['oauth', 'sso', 'saml'], hint: 'iniciar sesión con una sola cuenta en varios servicios' },
      { phrases: ['qos', 'calidad de servicio'], hint: 'el ajuste del router que da prioridad a parte del tráfico' },
      { phrases: ['upnp'], hint: 'el ajuste del router que deja a los dispositivos abrir conexiones por sí mismos' },
      { phrases: ['dmz'], hint: 'un ajuste del router que expone un dispositivo directamente a internet' },
      { phrases: ['voip', '(cuenta|servidor|troncal) sip'], hint: 'la tecnología de las llamadas por internet' },
    ],
    explainedAfter: [
      {
        phrases: [
          'es decir', 'o sea', 'esto es', 'que (es|son|significa|sirve|permite|indica|traduce|guarda|controla)', 'lo que (significa|quiere decir)',
          'tambien (llamado|llamada|conocido|conocida) (como|)', 'abreviatura de', 'siglas de',
        ],
      },
    ],
    explainedBefore: [
      { phrases: ['(llamado|llamada|llamados|denominado|denominada|conocido como|conocida como) (el|la|los|las|un|una|)'] },
    ],
  },
};
