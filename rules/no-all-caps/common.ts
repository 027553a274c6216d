// Acronyms, units, codes and brand names that support replies in every language write in
// capitals. Data only; each language file adds its own.
export const COMMON_ACRONYMS: readonly string[] = [
  // networking, devices, formats
  'ADSL', 'VDSL', 'DSL', 'FTTH', 'FTTB', 'FTTC', 'GPON', 'PON', 'ONT', 'LOS', 'ONU', 'WAN', 'LAN', 'WLAN', 'VLAN', 'VPN',
  'DNS', 'DHCP', 'NAT', 'MTU', 'TTL', 'TCP', 'UDP', 'IP', 'IPV', 'ISP', 'SSID', 'WPA', 'WEP', 'WPS', 'MAC', 'LED',
  'USB', 'HDMI', 'VGA', 'DVI', 'SSD', 'HDD', 'RAM', 'ROM', 'CPU', 'GPU', 'BIOS', 'UEFI', 'NVRAM', 'PRAM', 'SMC',
  'SATA', 'NVME', 'RAID', 'NAS', 'SD', 'SIM', 'ESIM', 'PIN', 'PUK', 'APN', 'IMEI', 'ICCID', 'IMSI', 'SMS', 'MMS',
  'LTE', 'GSM', 'UMTS', 'NFC', 'GPS', 'QR', 'OTP', 'MFA', 'TFA', 'SSO', 'SSL', 'TLS', 'HTTP', 'HTTPS', 'FTP',
  'SFTP', 'SSH', 'URL', 'URI', 'API', 'SDK', 'CLI', 'GUI', 'UI', 'UX', 'OS', 'IOS', 'PC', 'TV', 'CD', 'DVD',
  'PDF', 'JPG', 'JPEG', 'PNG', 'GIF', 'SVG', 'CSV', 'XLS', 'XLSX', 'DOC', 'DOCX', 'TXT', 'ZIP', 'RAR', 'XML',
  'JSON', 'HTML', 'CSS', 'PHP', 'SQL', 'ASCII', 'UTF', 'MP', 'MPEG', 'AVI', 'MKV', 'IMAP', 'POP', 'SMTP',
  'MX', 'SPF', 'DKIM', 'DMARC', 'TXT', 'CNAME', 'PTR', 'AAAA', 'CRM', 'ERP', 'SAAS', 'CMS', 'SEO', 'AI', 'IT',
  'IOT', 'VOIP', 'PBX', 'RSS', 'CAPTCHA', 'RECAPTCHA', 'OAUTH', 'SAML', 'LDAP', 'AD', 'AWS', 'GCP', 'CDN',
  'NFT', 'QA', 'ID', 'IDS', 'PIN', 'PINS', 'FAQ', 'FAQS', 'KB', 'MB', 'GB', 'TB', 'KBPS', 'MBPS', 'GBPS',
  'GHZ', 'MHZ', 'HZ', 'KW', 'KWH', 'MAH', 'AC', 'DC', 'HD', 'UHD', 'FHD', 'HDR', 'OLED', 'LCD', 'RGB', 'VR', 'AR',
  'XL', 'XXL', 'XS', 'XXS', 'EULA', 'SLA', 'RMA', 'SKU', 'SKUS', 'EAN', 'UPC', 'ISBN', 'OEM', 'DRM',
  'README', 'LICENSE', 'LICENCE', 'CHANGELOG', 'CONTRIBUTING', 'CODEOWNERS',
  'CTRL', 'ALT', 'DEL', 'ESC', 'CMD', 'FN', 'PGUP', 'PGDN',
  // time zones and dates
  'UTC', 'GMT', 'CET', 'CEST', 'EET', 'EEST', 'BST', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT',
  'IST', 'AEST', 'AEDT', 'JST', 'AM', 'PM', 'ETA', 'ETD',
  // money, business, law
  'IBAN', 'BIC', 'SWIFT', 'SEPA', 'VAT', 'IVA', 'TVA', 'GDPR', 'RGPD', 'CEO', 'CFO', 'CTO', 'HR', 'PR', 'VIP',
  'ASAP', 'FYI', 'DM', 'DMS', 'PM', 'OK', 'TBD', 'TBA', 'PS', 'PPS', 'NB', 'RSVP', 'ATM', 'POS', 'PO', 'PT',
  'LLC', 'LTD', 'PLC', 'INC', 'GMBH', 'SRL', 'SA', 'SL', 'SAS', 'CIF', 'NIF', 'NIE', 'DNI', 'CUI', 'CNP',
  'EUR', 'USD', 'GBP', 'RON', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'CHF', 'JPY', 'CAD', 'AUD', 'NZD', 'SEK',
  'NOK', 'DKK', 'PLN', 'HUF', 'CZK', 'BGN', 'INR', 'CNY', 'BRL',
  // countries, unions, organisations
  'EU', 'UE', 'UK', 'USA', 'US', 'UAE', 'EEA', 'EEE', 'UN', 'ONU', 'NATO', 'NASA', 'FIFA', 'UEFA', 'NBA',
  'NFL', 'BBC', 'CNN', 'IKEA', 'BMW', 'HP', 'LG', 'IBM', 'AMD', 'NVIDIA', 'ASUS', 'ACER', 'EMAG',
  'IATA', 'ICAO', 'PNR', 'NRIC', 'DOB', 'MVP', 'NBC', 'ESPN', 'HBO', 'AARP', 'AAA', 'YMCA', 'BOSCH', 'SIEMENS',
  'PHILIPS', 'BRAUN', 'TAROM', 'IBERIA', 'CVV', 'CVC', 'NFC', 'BIZUM', 'MAPFRE', 'ENGIE', 'ALTEX', 'ORANGE',
  'VODAFONE', 'TELEKOM', 'MOVISTAR', 'CHAPS', 'BACS', 'PAYE', 'KYC', 'AML', 'TBC', 'NA',
  // carriers and couriers
  'DHL', 'UPS', 'USPS', 'TNT', 'DPD', 'GLS', 'AWB', 'SEUR', 'MRW', 'NACEX', 'CTT', 'FEDEX', 'EMS', 'PPL',
  'CARGUS', 'RAR',
  // standards, bodies, regulations
  'COVID', 'HIPAA', 'PCI', 'DSS', 'CCPA', 'FERPA', 'OSHA', 'FINRA', 'NASDAQ', 'ISO', 'IEEE', 'ANSI', 'CE', 'EEPROM',
  'EPROM', 'NTP', 'IPSEC', 'RADIUS', 'YAML', 'WIFI', 'UNICEF', 'UNESCO', 'OPEC', 'OMS', 'FAO',
  // units
  'CM', 'MM', 'KM', 'KG', 'ML', 'MPH', 'KMH', 'DPI', 'PPM', 'FPS', 'RPM',
];
