import type { NoJargonData } from './index.ts';

// Left out on purpose: "cache" and "cookies" on their own ("clear your browser cache and
// cookies" is an everyday instruction), "Wi-Fi", "router", "modem", "VPN", "firmware",
// "password", "browser", "app": customers know these words.
export const en: NoJargonData = {
  placeholder: 'explain it in a few plain words',
  phrases: {
    terms: [
      {
        phrases: ['(flush|clear|purge|reset|empty) (your|the|) (local|) dns cache', 'dns cache', 'ipconfig flushdns', 'flushdns'],
        hint: 'clear the list of website addresses your computer has saved',
      },
      {
        phrases: ['(change|set|update) (your|the) dns (server|servers|settings)', 'dns (server|servers|settings|resolver|resolvers)'],
        hint: 'the service that turns website names into the numbers computers use',
      },
      { phrases: ['(dns|) propagation'], hint: 'the time it takes for the change to reach every server on the internet' },
      { phrases: ['(propagate|propagates|propagated|propagating)'], hint: 'spread to every server on the internet' },
      { phrases: ['dns (record|records|entry|entries|zone|zones)'], hint: 'settings that tell the internet where your domain’s services are' },
      { phrases: ['dns'], hint: 'the internet’s address book' },
      {
        phrases: ['(renew|release|refresh) (your|the|a) (dhcp|ip) lease', 'dhcp lease', 'ipconfig (renew|release)'],
        hint: 'ask the router for a new network address',
      },
      { phrases: ['dhcp', 'dhcp (server|settings)'], hint: 'the router feature that hands out network addresses to your devices' },
      { phrases: ['mtu', 'mtu (size|value|setting)'], hint: 'the largest block of data your connection sends at once' },
      {
        phrases: ['port forwarding', 'port-forwarding', '(forward|forwarding|open|opening) (the|a|these|those|) (port|ports)'],
        hint: 'letting connections from the internet reach a device in your home',
      },
      { phrases: ['traceroute', 'tracert', 'trace route'], hint: 'a test that lists every stop your connection makes on its way' },
      {
        phrases: [
          'ping (test|tests|command|time|times|result|results)',
          '(run|do|send|try) a ping',
          'ping (the|your) (router|server|gateway|modem|address|ip|site|website|host)',
        ],
        hint: 'a quick test that checks whether a device answers, and how fast',
      },
      { phrases: ['subnet mask', 'subnet', 'subnets', 'netmask'], hint: 'the setting that says which addresses belong to your home network' },
      {
        phrases: ['nat', 'nat (type|types|setting|settings)', '(double|strict|moderate|open) nat'],
        hint: 'the router feature that shares one internet address between your devices',
      },
      { phrases: ['ttl', 'ttl (value|setting)', 'time to live'], hint: 'how long a saved record is kept before it is checked again' },
      { phrases: ['cname', 'cname (record|records|entry)'], hint: 'a DNS entry that points one name to another' },
      { phrases: ['mx (record|records|entry|entries)'], hint: 'the DNS entries that say which server receives your e-mail' },
      { phrases: ['spf', 'spf (record|records|entry|entries)'], hint: 'a DNS entry that lists who may send e-mail for your domain' },
      { phrases: ['dkim', 'dkim (signature|signatures|key|keys|record|records)'], hint: 'a digital signature that proves your e-mails are genuine' },
      { phrases: ['dmarc', 'dmarc (record|records|policy)'], hint: 'a DNS rule that tells receivers what to do with e-mail that fails those checks' },
      {
        phrases: ['(ssl|tls) handshake', 'handshake (error|failure|failed|timeout)'],
        hint: 'the secure connection set-up between your browser and the site',
      },
      { phrases: ['(ssl|tls) (certificate|cert)'], hint: 'the file that proves a website is genuine and encrypts the connection' },
      { phrases: ['(default|router|network) gateway', 'gateway (address|ip)'], hint: 'your router’s address on your home network' },
      { phrases: ['(static|fixed|dedicated) ip', '(static|fixed|dedicated) ip address'], hint: 'an internet address that never changes' },
      { phrases: ['ipv4', 'ipv6'], hint: 'the numbering system for internet addresses' },
      { phrases: ['ssid', 'ssids'], hint: 'the name of your Wi-Fi network' },
      { phrases: ['wpa2', 'wpa3', 'wpa', 'wep', 'wpa2 (psk|personal)'], hint: 'the Wi-Fi security setting' },
      { phrases: ['packet loss'], hint: 'data lost on the way between you and the server' },
      { phrases: ['latency', 'high latency'], hint: 'the delay on your connection' },
      { phrases: ['jitter'], hint: 'uneven delays on your connection' },
      { phrases: ['mac address', 'mac addresses'], hint: 'the fixed hardware ID of your device' },
      { phrases: ['arp', 'arp (cache|table)'], hint: 'the list your computer keeps of devices on your network' },
      { phrases: ['apn', 'apn (settings|setting)'], hint: 'the mobile data settings on your phone' },
      { phrases: ['proxy (server|servers|settings|setting)', 'proxy'], hint: 'a server that passes your traffic on to the internet' },
      { phrases: ['(windows|the) registry', 'regedit', 'registry (key|keys|entry|editor)'], hint: 'Windows’ internal settings database' },
      { phrases: ['bios', 'uefi', 'bios (settings|setup)'], hint: 'the computer’s start-up settings' },
      { phrases: ['nvram', 'pram', 'smc', 'nvram reset', 'smc reset'], hint: 'a small memory that stores the Mac’s hardware settings' },
      { phrases: ['power cycle', 'power-cycle', 'power cycling', 'power-cycling'], hint: 'switch it off, wait 30 seconds and switch it on again' },
      { phrases: ['otp', 'otps'], hint: 'a one-time code sent to your phone' },
      { phrases: ['rma', 'rma (number|form)'], hint: 'the return authorisation number' },
      { phrases: ['sla', 'slas'], hint: 'the response time we have agreed with you' },
      {
        phrases: ['(l1|l2|l3|tier 1|tier 2|tier 3|second line|2nd line|third line|3rd line) (team|support|engineers|agents|queue)'],
        hint: 'our specialist team',
      },
      { phrases: ['backend', 'back-end', 'back end'], hint: 'our internal systems' },
      { phrases: ['hotfix', 'hotfixes', 'hot fix'], hint: 'a quick fix' },
      { phrases: ['api (key|keys|token|tokens|secret)'], hint: 'the password a program uses to connect to our service' },
      { phrases: ['api', 'apis', 'api (call|calls|endpoint|request|requests)'], hint: 'the connection other software uses to talk to ours' },
      { phrases: ['endpoint', 'endpoints'], hint: 'the web address a program connects to' },
      { phrases: ['oauth', 'sso', 'saml'], hint: 'signing in with one account for several services' },
      { phrases: ['qos', 'quality of service'], hint: 'the router setting that gives some traffic priority' },
      { phrases: ['upnp'], hint: 'the router setting that lets devices open connections by themselves' },
      { phrases: ['dmz'], hint: 'a router setting that exposes one device directly to the internet' },
      { phrases: ['sip (trunk|account|server|phone|settings)', 'voip'], hint: 'the technology behind internet phone calls' },
    ],
    explainedAfter: [
      {
        phrases: [
          '(which|that) (is|are|means|mean|stands for|lets|keeps|sets|says|tells|turns|controls)',
          'i e', 'ie', 'meaning', 'in other words', 'also (called|known as)', 'short for', 'that is', 'basically', 'or rather',
        ],
      },
    ],
    explainedBefore: [{ phrases: ['(called|named|known as|aka|also known as|short) (the|a|an|)'] }],
  },
};
