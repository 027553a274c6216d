import rule from '../../rules/no-jargon/index.ts';
import type { Rule } from '../../src/rule.ts';
import { runRuleTests } from '../rule-tester.ts';

runRuleTests(rule as Rule, {
  valid: [
    'Hi Ana,\n\nPlease restart the router and the modem, then try again.\n\nBest,\nLeo',
    { name: 'everyday words', text: 'Clear your browser cache and cookies, then sign in to the app over Wi-Fi or the VPN.' },
    { name: 'explained in parentheses', text: 'Set the MTU (the largest block of data your line sends) to 1492.' },
    { name: 'explanation first, term in parentheses', text: 'Lower the largest packet size (MTU) to 1492.' },
    { name: 'explained with "which is"', text: 'Your NAT type, which is how the router shares one address, is strict.' },
    { name: 'introduced with "called"', text: 'The router setting called the MTU is too high.' },
    { name: 'explained later in the draft', text: 'Check the MTU. The MTU (the largest packet size) should be 1492.' },
    { name: 'an expert audience', options: { audience: 'expert' }, text: 'Please flush your DNS cache and renew the DHCP lease.' },
    { name: '"ping" as a chat word', text: 'Feel free to ping us or ping me here any time.' },
    { name: 'terms inside code', text: 'Run `ipconfig /flushdns` and then:\n\n```\ntraceroute example.com\n```\n' },
    { name: 'terms in a quote', text: 'Thanks!\n\n> My DNS and DHCP settings are fine.\n\nWe will check the line.' },
    { name: 'a removed term', options: { remove: ['DNS'] }, text: 'Your DNS works.' },
    { lang: 'es', name: 'caché y cookies', text: 'Borre la caché y las cookies del navegador y vuelva a entrar.' },
    { lang: 'es', name: 'explicado con «es decir»', text: 'El MTU, es decir, el tamaño máximo de cada paquete, es 1500.' },
    { lang: 'es', name: 'explicado entre paréntesis', text: 'La MTU (el tamaño máximo de paquete) está bien.' },
    { lang: 'ro', name: 'cache și cookie-uri', text: 'Ștergeți cache-ul și cookie-urile browserului.' },
    { lang: 'ro', name: 'explicat în paranteză', text: 'Valoarea MTU (cel mai mare pachet trimis) este corectă.' },
    { lang: 'ro', name: 'explicat cu „adică”', text: 'Verificați DNS-ul, adică agenda de adrese a internetului.' },
  ],
  invalid: [
    {
      text: 'Please flush your DNS cache and try again.',
      errors: [
        {
          text: 'flush your DNS cache',
          line: 1,
          column: 8,
          message: '"flush your DNS cache"',
          fix: 'flush your DNS cache (clear the list of website addresses your computer has saved)',
          safe: false,
          output: 'Please flush your DNS cache (clear the list of website addresses your computer has saved) and try again.',
        },
      ],
    },
    { text: 'Then renew the DHCP lease.', errors: [{ text: 'renew the DHCP lease', fix: 'renew the DHCP lease (ask the router for a new network address)' }] },
    { text: 'Your MTU is too high.', errors: [{ text: 'MTU', fix: 'MTU (the largest block of data your connection sends at once)' }] },
    { text: 'Set up port forwarding for the camera.', errors: [{ text: 'port forwarding' }] },
    { text: 'Please open port 8080 on the router.', errors: [{ text: 'open port 8080', output: 'Please open port 8080 (letting connections from the internet reach a device in your home) on the router.' }] },
    { text: 'Could you run a traceroute and a ping test?', errors: [{ text: 'traceroute' }, { text: 'ping test' }] },
    { text: 'Check the subnet mask and the NAT type.', errors: [{ text: 'subnet mask' }, { text: 'NAT type' }] },
    { text: 'The TTL is one hour, so add the CNAME record and the MX records now.', errors: [{ text: 'TTL' }, { text: 'CNAME record' }, { text: 'MX records' }] },
    { text: 'The SSL handshake fails on your server.', errors: [{ text: 'SSL handshake' }] },
    { name: 'one report per term', text: 'Your DNS is slow. Change the DNS again later.', errors: [{ text: 'DNS', column: 6 }] },
    { name: 'lower case still counts', text: 'please renew the dhcp lease.', errors: [{ text: 'renew the dhcp lease' }] },
    { name: 'a term in a list item', text: 'Steps:\n\n- Power cycle the modem.\n- Log in.\n', errors: [{ text: 'Power cycle', line: 3, fix: 'Power cycle (switch it off, wait 30 seconds and switch it on again)' }] },
    { name: 'a team term added by config', options: { add: ['SKU'] }, text: 'Check the SKU on the box.', errors: [{ text: 'SKU', fix: 'SKU (explain it in a few plain words)' }] },
    // Spanish
    {
      lang: 'es',
      text: 'Vacíe la caché DNS y renueve la concesión DHCP.',
      errors: [
        { text: 'Vacíe la caché DNS', message: '«Vacíe la caché DNS»', fix: 'Vacíe la caché DNS (borrar la lista de direcciones web que su equipo tiene guardada)' },
        { text: 'renueve la concesión DHCP', fix: 'renueve la concesión DHCP (pedir al router una nueva dirección de red)' },
      ],
    },
    { lang: 'es', name: 'sin tildes', text: 'Vacie la cache DNS, por favor.', errors: [{ text: 'Vacie la cache DNS' }] },
    { lang: 'es', text: 'Configure la redirección de puertos y haga un traceroute.', errors: [{ text: 'redirección de puertos' }, { text: 'traceroute' }] },
    { lang: 'es', text: 'Revise la máscara de subred y el tipo de NAT.', errors: [{ text: 'máscara de subred' }, { text: 'tipo de NAT' }] },
    { lang: 'es', text: 'Añada el registro SPF en su proveedor.', errors: [{ text: 'registro SPF', output: 'Añada el registro SPF (una entrada DNS que indica quién puede enviar correo en nombre de su dominio) en su proveedor.' }] },
    // Romanian
    {
      lang: 'ro',
      text: 'Goliți cache-ul DNS și reînnoiți adresa DHCP.',
      errors: [
        { text: 'Goliți cache-ul DNS', message: '„Goliți cache-ul DNS”', fix: 'Goliți cache-ul DNS (ștergeți lista de adrese web pe care calculatorul a salvat-o)' },
        { text: 'reînnoiți adresa DHCP', fix: 'reînnoiți adresa DHCP (cereți routerului o nouă adresă de rețea)' },
      ],
    },
    { lang: 'ro', name: 'fără diacritice', text: 'Goliti cache-ul DNS si reinnoiti adresa DHCP.', errors: [{ text: 'Goliti cache-ul DNS' }, { text: 'reinnoiti adresa DHCP' }] },
    { lang: 'ro', name: 'cu sedilă', text: 'Verificaţi masca de subreţea.', errors: [{ text: 'masca de subreţea' }] },
    { lang: 'ro', text: 'Deschideți portul 8080 pe router.', errors: [{ text: 'Deschideți portul 8080' }] },
    { lang: 'ro', text: 'Faceți un ping la router.', errors: [{ text: 'Faceți un ping' }] },
    { lang: 'ro', text: 'Adăugați o înregistrare DMARC.', errors: [{ text: 'înregistrare DMARC' }] },
  ],
});
