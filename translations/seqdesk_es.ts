<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>Portal %1: %2 sequences, read from %3 users</source>
        <translation>Portal %1: %2 secuencias, leídas de %3 usuarios</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPIETARIO</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>USUARIOS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADA</translation>
    </message>
    <message>
        <source>SeqDesk command line: work with HubSpot sequences without the GUI.</source>
        <translation>Línea de comandos de SeqDesk: trabaje con secuencias de HubSpot sin la interfaz gráfica.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>HubSpot API root (https; http only on loopback).</source>
        <translation>Raíz de la API de HubSpot (https; http solo en loopback).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Private-app access token. Prefer HUBSPOT_ACCESS_TOKEN or the keychain: a token on the command line is visible to other local users.</source>
        <translation>Token de acceso de la aplicación privada. Es preferible HUBSPOT_ACCESS_TOKEN o el llavero: un token en la línea de comandos es visible para otros usuarios locales.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Portal (hub) id whose token is read from the keychain.</source>
        <translation>ID del portal (hub) cuyo token se lee del llavero.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>List sequences (all users&apos; unless --user-id).</source>
        <translation>Mostrar las secuencias (de todos los usuarios, salvo con --user-id).</translation>
    </message>
    <message>
        <source>Check the token and save it in the system keychain under its portal id.</source>
        <translation>Comprobar el token y guardarlo en el llavero del sistema con el ID de su portal.</translation>
    </message>
    <message>
        <source>HubSpot user id whose sequences to list.</source>
        <translation>ID del usuario de HubSpot cuyas secuencias se muestran.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Imprimir JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--token is empty.</source>
        <translation>--token está vacío.</translation>
    </message>
    <message>
        <source>--portal-id must be a number, not &quot;%1&quot;.</source>
        <translation>--portal-id debe ser un número, no «%1».</translation>
    </message>
    <message>
        <source>--user-id must be a number, not &quot;%1&quot;.</source>
        <translation>--user-id debe ser un número, no «%1».</translation>
    </message>
    <message>
        <source>--%1 goes with --sequence-id or --resume.</source>
        <translation>--%1 va con --sequence-id o --resume.</translation>
    </message>
    <message>
        <source>--label is longer than 200 characters.</source>
        <translation>--label tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>--output-json is empty.</source>
        <translation>--output-json está vacío.</translation>
    </message>
    <message>
        <source>--output-json: the folder %1 does not exist.</source>
        <translation>--output-json: la carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>--output-json: %1 is a folder.</source>
        <translation>--output-json: %1 es una carpeta.</translation>
    </message>
    <message>
        <source>--%1 does not go with --resume: the job has its own.</source>
        <translation>--%1 no va con --resume: el trabajo ya tiene el suyo.</translation>
    </message>
    <message>
        <source>--resume must be a job number, not &quot;%1&quot;.</source>
        <translation>--resume debe ser un número de trabajo, no «%1».</translation>
    </message>
    <message>
        <source>--sequence-id must be a number, not &quot;%1&quot;.</source>
        <translation>--sequence-id debe ser un número, no «%1».</translation>
    </message>
    <message>
        <source>--sender-email is missing: the connected inbox the emails are sent from.</source>
        <translation>Falta --sender-email: la bandeja de entrada conectada desde la que se envían los correos.</translation>
    </message>
    <message>
        <source>--sender-email &quot;%1&quot; is not an email address.</source>
        <translation>--sender-email «%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>--contact-ids is empty.</source>
        <translation>--contact-ids está vacío.</translation>
    </message>
    <message>
        <source>--contact-ids-file is empty.</source>
        <translation>--contact-ids-file está vacío.</translation>
    </message>
    <message>
        <source>Sequence to enroll the contacts into.</source>
        <translation>Secuencia en la que inscribir los contactos.</translation>
    </message>
    <message>
        <source>Connected inbox the sequence emails are sent from.</source>
        <translation>Bandeja de entrada conectada desde la que se envían los correos de la secuencia.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Contacts to enroll: ids and/or emails, separated by commas.</source>
        <translation>Contactos que inscribir: ID o correos, separados por comas.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>File of contacts to enroll: one per line, or a CSV with an id or email column.</source>
        <translation>Archivo de contactos que inscribir: uno por línea, o un CSV con una columna id o email.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Predict each contact&apos;s outcome; enroll nobody.</source>
        <translation>Predecir el resultado de cada contacto; no inscribir a nadie.</translation>
    </message>
    <message>
        <source>Resume an interrupted or waiting job.</source>
        <translation>Reanudar un trabajo interrumpido o en espera.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>List enrollment jobs.</source>
        <translation>Mostrar los trabajos de inscripción.</translation>
    </message>
    <message>
        <source>A label for the job (shown in the analytics).</source>
        <translation>Una etiqueta para el trabajo (se muestra en los análisis).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>HubSpot API version: 2026-09 (default), 2026-03 or v4.</source>
        <translation>Versión de la API de HubSpot: 2026-09 (predeterminada), 2026-03 o v4.</translation>
    </message>
    <message>
        <source>--api-version must be 2026-09, 2026-03 or v4, not &quot;%1&quot;.</source>
        <translation>--api-version debe ser 2026-09, 2026-03 o v4, no «%1».</translation>
    </message>
    <message>
        <source>--daily-cap must be a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--daily-cap debe ser un número de %1 a %2, no «%3».</translation>
    </message>
    <message>
        <source>List the portal&apos;s contact lists (id, name, size, kind); needs the crm.lists.read scope.</source>
        <translation>Mostrar las listas de contactos del portal (id, nombre, tamaño, tipo); requiere el ámbito crm.lists.read.</translation>
    </message>
    <message>
        <source>With --list-lists: only lists whose name matches.</source>
        <translation>Con --list-lists: solo las listas cuyo nombre coincida.</translation>
    </message>
    <message>
        <source>--query goes with --list-lists.</source>
        <translation>--query va con --list-lists.</translation>
    </message>
    <message>
        <source>--query is empty: give part of a list name, or leave it out.</source>
        <translation>--query está vacío: indique parte del nombre de una lista, u omítalo.</translation>
    </message>
    <message>
        <source>--query is longer than 200 characters.</source>
        <translation>--query tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>--user-id does not go with --%1.</source>
        <translation>--user-id no va con --%1.</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estática</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantánea</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Give one of --contact-ids, --contact-ids-file and --list-id, not more.</source>
        <translation>Indique solo una de las opciones --contact-ids, --contact-ids-file y --list-id.</translation>
    </message>
    <message>
        <source>No contacts: give --contact-ids, --contact-ids-file or --list-id.</source>
        <translation>No hay contactos: indique --contact-ids, --contact-ids-file o --list-id.</translation>
    </message>
    <message>
        <source>--list-id must be a list&apos;s number (see --list-lists), not &quot;%1&quot;.</source>
        <translation>--list-id debe ser el número de una lista (vea --list-lists), no «%1».</translation>
    </message>
    <message>
        <source>Enroll the members of this HubSpot contact list (its id from --list-lists).</source>
        <translation>Inscribir a los miembros de esta lista de contactos de HubSpot (su ID, de --list-lists).</translation>
    </message>
    <message>
        <source>The sender inbox&apos;s send cap per rolling 24 hours (default %1; lower if your admin set one).</source>
        <translation>Límite de envíos de la bandeja del remitente por cada 24 horas móviles (predeterminado %1; menor si su administrador fijó uno).</translation>
    </message>
    <message>
        <source>
Token: --token, else the HUBSPOT_ACCESS_TOKEN environment variable, else the
system keychain entry of --portal-id (saved with --store-token).

Lists: --list-lists [--query TEXT] [--json] prints the contact lists (id, name,
size, kind: static, active or snapshot).

Enroll: --sequence-id ID --sender-email EMAIL (--contact-ids 101,ana@x.com |
--contact-ids-file FILE | --list-id LIST) [--dry-run] [--output-json FILE]
[--label TEXT]. Contacts
beyond the sender&apos;s rolling 24 h cap are deferred (not dropped): resume the job with
--resume JOB once they are due; --jobs lists jobs.
</source>
        <translation>
Token: --token; si no, la variable de entorno HUBSPOT_ACCESS_TOKEN; si no, la
entrada del llavero del sistema de --portal-id (guardada con --store-token).

Listas: --list-lists [--query TEXTO] [--json] imprime las listas de contactos
(id, nombre, tamaño, tipo: estática, activa o instantánea).

Inscribir: --sequence-id ID --sender-email CORREO (--contact-ids 101,ana@x.com |
--contact-ids-file ARCHIVO | --list-id LISTA) [--dry-run] [--output-json ARCHIVO]
[--label TEXTO]. Los contactos que superan el límite de 24 h móviles del
remitente se aplazan (no se descartan): reanude el trabajo con --resume TRABAJO
cuando les toque; --jobs muestra los trabajos.
</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <source>--add-rule needs %1.</source>
        <translation>--add-rule necesita %1.</translation>
    </message>
    <message>
        <source>--add-rule needs its sender: --sender-email, --rotation or --owner-routing.</source>
        <translation>--add-rule necesita su remitente: --sender-email, --rotation o --owner-routing.</translation>
    </message>
    <message>
        <source>Give one of --sender-email, --rotation and --owner-routing, not more.</source>
        <translation>Indique solo una de las opciones --sender-email, --rotation y --owner-routing.</translation>
    </message>
    <message>
        <source>--fallback-sender goes with --owner-routing.</source>
        <translation>--fallback-sender va con --owner-routing.</translation>
    </message>
    <message>
        <source>%1 must be a rule&apos;s number (see --rules), not &quot;%2&quot;.</source>
        <translation>%1 debe ser el número de una regla (vea --rules), no «%2».</translation>
    </message>
    <message>
        <source>Run the portal&apos;s due enrollment rules (or --rule ID) once.</source>
        <translation>Ejecutar una vez las reglas de inscripción pendientes del portal (o --rule ID).</translation>
    </message>
    <message>
        <source>With --run-rules: only this rule.</source>
        <translation>Con --run-rules: solo esta regla.</translation>
    </message>
    <message>
        <source>List the enrollment rules.</source>
        <translation>Mostrar las reglas de inscripción.</translation>
    </message>
    <message>
        <source>Save a new enrollment rule (due at once); prints its id.</source>
        <translation>Guardar una nueva regla de inscripción (pendiente de inmediato); imprime su ID.</translation>
    </message>
    <message>
        <source>With --add-rule: the rule&apos;s name.</source>
        <translation>Con --add-rule: el nombre de la regla.</translation>
    </message>
    <message>
        <source>With --add-rule: send from these inboxes in turn (the one with the most room under its cap), separated by commas.</source>
        <translation>Con --add-rule: enviar desde estas bandejas por turnos (la que tenga más margen bajo su límite), separadas por comas.</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>correos</translation>
    </message>
    <message>
        <source>With --add-rule: send as each contact&apos;s HubSpot owner.</source>
        <translation>Con --add-rule: enviar como el propietario de HubSpot de cada contacto.</translation>
    </message>
    <message>
        <source>With --owner-routing: the inbox for contacts whose owner cannot send (without it they are skipped).</source>
        <translation>Con --owner-routing: la bandeja para los contactos cuyo propietario no puede enviar (sin ella, se omiten).</translation>
    </message>
    <message>
        <source>With --add-rule: most contacts enrolled per run (0: no limit).</source>
        <translation>Con --add-rule: máximo de contactos inscritos por ejecución (0: sin límite).</translation>
    </message>
    <message>
        <source>With --add-rule: most contacts enrolled per 24 hours (0: no limit).</source>
        <translation>Con --add-rule: máximo de contactos inscritos cada 24 horas (0: sin límite).</translation>
    </message>
    <message>
        <source>With --add-rule: run every this many minutes (default %1).</source>
        <translation>Con --add-rule: ejecutar cada tantos minutos (predeterminado %1).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>With --add-rule: enroll a member again after this many days (default 0: never).</source>
        <translation>Con --add-rule: volver a inscribir a un miembro tras tantos días (predeterminado 0: nunca).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Pause a rule (it does not run).</source>
        <translation>Poner una regla en pausa (no se ejecuta).</translation>
    </message>
    <message>
        <source>Enable a paused or stopped rule again.</source>
        <translation>Volver a activar una regla en pausa o detenida.</translation>
    </message>
    <message>
        <source>Delete a rule (its runs and jobs are kept).</source>
        <translation>Eliminar una regla (se conservan sus ejecuciones y trabajos).</translation>
    </message>
    <message>
        <source>
Rules: --add-rule --name NAME --list-id LIST --sequence-id ID
(--sender-email EMAIL | --rotation E1,E2 | --owner-routing [--fallback-sender EMAIL])
[--per-run N] [--per-day N] [--every MINUTES] [--again-after-days D] [--daily-cap N]
saves a rule: the members who join the list are enrolled into the sequence, by
themselves. --run-rules [--rule ID] [--dry-run] [--json] runs the portal&apos;s due rules
once (a rule another SeqDesk process is running is skipped); --rules [--json] lists
them; --pause-rule, --resume-rule and --delete-rule ID change one.
</source>
        <translation>
Reglas: --add-rule --name NOMBRE --list-id LISTA --sequence-id ID
(--sender-email CORREO | --rotation C1,C2 | --owner-routing [--fallback-sender CORREO])
[--per-run N] [--per-day N] [--every MINUTOS] [--again-after-days D] [--daily-cap N]
guarda una regla: los miembros que se unen a la lista se inscriben en la
secuencia automáticamente. --run-rules [--rule ID] [--dry-run] [--json] ejecuta
una vez las reglas pendientes del portal (se omite una regla que otro proceso de
SeqDesk esté ejecutando); --rules [--json] las muestra; --pause-rule,
--resume-rule y --delete-rule ID modifican una.
</translation>
    </message>
    <message>
        <source>--rule goes with --run-rules.</source>
        <translation>--rule va con --run-rules.</translation>
    </message>
    <message>
        <source>%1 goes with --add-rule.</source>
        <translation>%1 va con --add-rule.</translation>
    </message>
    <message>
        <source>%1 does not go with %2.</source>
        <translation>%1 no va con %2.</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>alternativa %1</translation>
    </message>
    <message>
        <source>no room under the inboxes&apos; caps or the rule&apos;s limits in this run</source>
        <translation>sin margen bajo los límites de las bandejas ni de la regla en esta ejecución</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>SEQUENCE</source>
        <translation>SECUENCIA</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMITENTE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>ÚLT. EJEC.</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>PRÓX. EJEC.</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVOS</translation>
    </message>
    <message>
        <source>ENROLLED</source>
        <translation>INSCRITOS</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>OMITIDOS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDOS</translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation>APLAZADOS</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>EN ESPERA</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <source>The token is for portal %1, not for --portal-id %2.</source>
        <translation>El token es del portal %1, no del --portal-id %2.</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Error del almacén local: %1</translation>
    </message>
    <message>
        <source>Portal %1 is not in the local mirror: connect it in SeqDesk first (it syncs the portal&apos;s sequences and users, which rules need).</source>
        <translation>El portal %1 no está en la copia local: conéctelo antes en SeqDesk (sincroniza las secuencias y los usuarios del portal, que las reglas necesitan).</translation>
    </message>
    <message>
        <source>Portal %1 has not been synced into the local mirror yet: run Sync Data for it in SeqDesk first (rules need its sequences and users).</source>
        <translation>El portal %1 aún no se ha sincronizado en la copia local: ejecute antes Sincronizar datos para él en SeqDesk (las reglas necesitan sus secuencias y usuarios).</translation>
    </message>
    <message>
        <source>With --run-rules: the part of HubSpot&apos;s rate limit the rules may use, in percent (5 to 100; default %1), so other work on the token keeps room.</source>
        <translation>Con --run-rules: la parte del límite de frecuencia de HubSpot que pueden usar las reglas, en porcentaje (de 5 a 100; predeterminado %1), para que otros usos del token conserven margen.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>
Exit codes (when several apply, the first of 3, 4, 2, 5, 1):
  0  success: every contact enrolled or skipped (a dry run: it ran)
  1  some contacts failed (enrollment, rules)
  2  bad usage or input, nothing sent (and a rule that stopped: its sequence
     cannot be used)
  3  authentication or permission (invalid token, missing scopes)
  4  network, server or keychain error, or a job stopped with contacts still
     to send (interrupted, or HubSpot not answering): --resume JOB (and a
     rule&apos;s run that failed)
  5  the job waits for the sender&apos;s send cap: the rest is deferred; --resume JOB
     after the time printed (--run-rules: 0, its rules go on by themselves)
</source>
        <translation>
Códigos de salida (si se aplican varios, el primero de 3, 4, 2, 5, 1):
  0  éxito: cada contacto inscrito u omitido (una vista previa: se ejecutó)
  1  algunos contactos fallaron (inscripción, reglas)
  2  uso o entrada incorrectos, no se envió nada (y una regla que se detuvo:
     su secuencia no se puede usar)
  3  autenticación o permisos (token no válido, faltan ámbitos)
  4  error de red, del servidor o del llavero, o un trabajo detenido con
     contactos aún por enviar (interrumpido, o HubSpot no responde):
     --resume TRABAJO (y la ejecución de una regla que falló)
  5  el trabajo espera al límite de envíos del remitente: el resto se aplaza;
     --resume TRABAJO tras la hora indicada (--run-rules: 0, sus reglas
     continúan solas)
</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot;: %2</source>
        <translation>--base-url «%1»: %2</translation>
    </message>
    <message>
        <source>Write the per-contact results (enrolled, failed, skipped, deferred) to this JSON file (a new one is owner-only), or through a FIFO, a device or /dev/stdout; checked before anything is sent.</source>
        <translation>Escribir los resultados por contacto (inscritos, fallidos, omitidos, aplazados) en este archivo JSON (uno nuevo solo lo puede leer su propietario), o a través de un FIFO, un dispositivo o /dev/stdout; se comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>Warning: a token given with --token can be read by other users of this computer (ps). Prefer HUBSPOT_ACCESS_TOKEN, or the keychain: seqdesk-cli --store-token once, then --portal-id.</source>
        <translation>Aviso: otros usuarios de este equipo pueden leer un token pasado con --token (ps). Es preferible HUBSPOT_ACCESS_TOKEN, o el llavero: seqdesk-cli --store-token una vez y después --portal-id.</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 failed, %4 deferred, %5 not sent</source>
        <translation>%1 inscritos, %2 omitidos, %3 fallidos, %4 aplazados, %5 sin enviar</translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on stdin and stdout (for AI assistants): list sequences and lists, preview an enrollment, start it once confirmed, follow its job.</source>
        <translation>Servir el Model Context Protocol por stdin y stdout (para asistentes de IA): mostrar secuencias y listas, previsualizar una inscripción, iniciarla una vez confirmada y seguir su trabajo.</translation>
    </message>
    <message>
        <source>--%1 does not go with --mcp.</source>
        <translation>--%1 no va con --mcp.</translation>
    </message>
    <message>
        <source>Print the diagnostics (as the app&apos;s Help &gt; Copy diagnostics): versions, system, settings, paths, portals and the last errors with HubSpot&apos;s correlation ids; no token and no e-mail address.</source>
        <translation>Imprimir el diagnóstico (como Ayuda &gt; Copiar diagnóstico en la aplicación): versiones, sistema, ajustes, rutas, portales y los últimos errores con los ID de correlación de HubSpot; sin token ni dirección de correo.</translation>
    </message>
    <message>
        <source>Nothing to do: give --list-sequences, --list-lists, --sequence-id (to enroll), --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp or --diagnostics.</source>
        <translation>Nada que hacer: indique --list-sequences, --list-lists, --sequence-id (para inscribir), --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp o --diagnostics.</translation>
    </message>
    <message>
        <source>Give only one of --list-sequences, --list-lists, --sequence-id, --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp and --diagnostics.</source>
        <translation>Indique solo una de las opciones --list-sequences, --list-lists, --sequence-id, --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp y --diagnostics.</translation>
    </message>
    <message>
        <source>--%1 does not go with --diagnostics.</source>
        <translation>--%1 no va con --diagnostics.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>(withheld)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>no local store</source>
        <translation>sin almacén local</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>last sync %1, %2</source>
        <translation>última sincronización %1, %2</translation>
    </message>
    <message>
        <source> (%1 new, %2 changed, %3 archived, %4 requests)</source>
        <translation> (%1 nuevas, %2 modificadas, %3 archivadas, %4 solicitudes)</translation>
    </message>
    <message>
        <source>sync %1 of portal %2</source>
        <translation>sincronización %1 del portal %2</translation>
    </message>
    <message>
        <source>enrollment job %1 of portal %2, contact %3 (%4)</source>
        <translation>trabajo de inscripción %1 del portal %2, contacto %3 (%4)</translation>
    </message>
    <message>
        <source>run %1 of rule %2 of portal %3</source>
        <translation>ejecución %1 de la regla %2 del portal %3</translation>
    </message>
    <message>
        <source>SeqDesk diagnostics, %1</source>
        <translation>Diagnóstico de SeqDesk, %1</translation>
    </message>
    <message>
        <source>No access token and no e-mail address is in this text (any that would be is replaced by [redacted] or [email]). Read it before you share it.</source>
        <translation>Este texto no contiene ningún token de acceso ni ninguna dirección de correo (los que aparecerían se sustituyen por [redacted] o [email]). Léalo antes de compartirlo.</translation>
    </message>
    <message>
        <source>== Program ==</source>
        <translation>== Programa ==</translation>
    </message>
    <message>
        <source>SeqDesk: %1 (%2)</source>
        <translation>SeqDesk: %1 (%2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>System: %1; %2; %3</source>
        <translation>Sistema: %1; %2; %3</translation>
    </message>
    <message>
        <source>Platform plugin: %1</source>
        <translation>Complemento de plataforma: %1</translation>
    </message>
    <message>
        <source>Locale: %1; languages: %2</source>
        <translation>Configuración regional: %1; idiomas: %2</translation>
    </message>
    <message>
        <source>== Paths ==</source>
        <translation>== Rutas ==</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Local mirror: %1</source>
        <translation>Copia local: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build&apos;s newest: %2)</source>
        <translation>Versión del esquema: %1 (la más reciente de esta compilación: %2)</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Ajustes: %1</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Archivos de registro:</translation>
    </message>
    <message>
        <source> none yet</source>
        <translation> ninguno aún</translation>
    </message>
    <message>
        <source>== Settings ==</source>
        <translation>== Ajustes ==</translation>
    </message>
    <message>
        <source>(none set: every setting has its default)</source>
        <translation>(ninguno definido: todos los ajustes tienen su valor predeterminado)</translation>
    </message>
    <message>
        <source>== Portals ==</source>
        <translation>== Portales ==</translation>
    </message>
    <message>
        <source>The local mirror could not be read: %1</source>
        <translation>No se pudo leer la copia local: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: API %3, %4; %5</source>
        <translation>%1 «%2»: API %3, %4; %5</translation>
    </message>
    <message>
        <source>== Last errors (newest first, at most %1) ==</source>
        <translation>== Últimos errores (los más recientes primero, como máximo %1) ==</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(ninguno registrado)</translation>
    </message>
    <message>
        <source>HTTP %1, category %2, code %3, correlation id %4</source>
        <translation>HTTP %1, categoría %2, código %3, ID de correlación %4</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>SeqDesk desktop app</source>
        <translation>Aplicación de escritorio SeqDesk</translation>
    </message>
    <message>
        <source>Open the embedded demo portal.</source>
        <translation>Abrir el portal de demostración integrado.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; once the portal has loaded, then quit.</source>
        <translation>Guardar una captura de la ventana en &lt;archivo&gt; cuando se haya cargado el portal y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The page of the screenshot: %1 (default: sequences).</source>
        <translation>La página de la captura: %1 (predeterminada: sequences).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>The window&apos;s size for the screenshot (default: 1280x800).</source>
        <translation>El tamaño de la ventana para la captura (predeterminado: 1280x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AnchoxAlto</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use one of %2.</source>
        <translation>Página desconocida «%1»: use una de %2.</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not WxH of at least 320x240, e.g. 1024x768.</source>
        <translation>El tamaño «%1» no es AnchoxAlto de al menos 320x240, p. ej. 1024x768.</translation>
    </message>
    <message>
        <source>Print how long the start took (the window&apos;s first paint, the portal shown), then quit.</source>
        <translation>Imprimir cuánto tardó el inicio (el primer pintado de la ventana, el portal mostrado) y salir.</translation>
    </message>
    <message>
        <source>dark: a dark palette (to check screenshots).</source>
        <translation>dark: una paleta oscura (para revisar capturas).</translation>
    </message>
</context>
<context>
    <name>HubSpot</name>
    <message>
        <source>HubSpot rejected the access token (it is missing, wrong, revoked or expired). Copy the token again from HubSpot &gt; Settings &gt; Integrations &gt; Private Apps and save it in SeqDesk.</source>
        <translation>HubSpot rechazó el token de acceso (falta, es incorrecto, se revocó o caducó). Vuelva a copiar el token en HubSpot &gt; Configuración &gt; Integraciones &gt; Aplicaciones privadas y guárdelo en SeqDesk.</translation>
    </message>
    <message>
        <source>The token lacks a scope this call needs. Add the missing scopes in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes.</source>
        <translation>Al token le falta un ámbito que esta llamada necesita. Añada los ámbitos que faltan en HubSpot &gt; Configuración &gt; Integraciones &gt; Aplicaciones privadas &gt; Ámbitos.</translation>
    </message>
    <message>
        <source>The token lacks the scopes %1. Add them in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes.</source>
        <translation>Al token le faltan los ámbitos %1. Añádalos en HubSpot &gt; Configuración &gt; Integraciones &gt; Aplicaciones privadas &gt; Ámbitos.</translation>
    </message>
    <message>
        <source>HubSpot refused access to %1. Check the token&apos;s permissions.</source>
        <translation>HubSpot denegó el acceso a %1. Compruebe los permisos del token.</translation>
    </message>
    <message>
        <source>The sequence does not exist or is not visible to the chosen user. Run Sync Data and pick the sequence again.</source>
        <translation>La secuencia no existe o no es visible para el usuario elegido. Ejecute Sincronizar datos y vuelva a elegir la secuencia.</translation>
    </message>
    <message>
        <source>HubSpot could not find the requested object (%1). Run Sync Data and check the selection.</source>
        <translation>HubSpot no encontró el objeto solicitado (%1). Ejecute Sincronizar datos y compruebe la selección.</translation>
    </message>
    <message>
        <source>The sending user has no connected personal email inbox for this sender address. Connect the inbox in HubSpot &gt; Settings &gt; General &gt; Email, or choose another sender.</source>
        <translation>El usuario remitente no tiene una bandeja de entrada personal conectada para esta dirección de remitente. Conecte la bandeja en HubSpot &gt; Configuración &gt; General &gt; Correo, o elija otro remitente.</translation>
    </message>
    <message>
        <source>The sending user has no active Sales Hub or Service Hub Professional seat (&quot;Sales Subscription Status is not OK&quot;). Assign a seat in HubSpot &gt; Settings &gt; Users &amp; Teams, or choose another sender.</source>
        <translation>El usuario remitente no tiene una licencia activa de Sales Hub o Service Hub Professional (&quot;Sales Subscription Status is not OK&quot;). Asigne una licencia en HubSpot &gt; Configuración &gt; Usuarios y equipos, o elija otro remitente.</translation>
    </message>
    <message>
        <source>The HubSpot account used up its daily API limit. Resume the run after midnight in the account&apos;s time zone.</source>
        <translation>La cuenta de HubSpot agotó su límite diario de la API. Reanude la ejecución después de medianoche en la zona horaria de la cuenta.</translation>
    </message>
    <message>
        <source>The secure connection to HubSpot failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>Falló la conexión segura con HubSpot (%1). Compruebe el reloj del sistema, el proxy y los certificados.</translation>
    </message>
    <message>
        <source>The HubSpot connection is not configured correctly: %1</source>
        <translation>La conexión con HubSpot no está bien configurada: %1</translation>
    </message>
    <message>
        <source>HubSpot kept returning more pages (%1). The listing was stopped; try again later or contact HubSpot support.</source>
        <translation>HubSpot seguía devolviendo más páginas (%1). Se detuvo el listado; vuelva a intentarlo más tarde o contacte con el soporte de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot stopped the run: %1</source>
        <translation>HubSpot detuvo la ejecución: %1</translation>
    </message>
    <message>
        <source>The contact is already enrolled in a sequence; a contact can be in one sequence at a time. Skip it or unenroll it in HubSpot first.</source>
        <translation>El contacto ya está inscrito en una secuencia; un contacto solo puede estar en una secuencia a la vez. Omítalo o cancele antes su inscripción en HubSpot.</translation>
    </message>
    <message>
        <source>The contact has unsubscribed from email. It cannot be enrolled.</source>
        <translation>El contacto canceló la suscripción al correo. No se puede inscribir.</translation>
    </message>
    <message>
        <source>Email to this contact bounced before. Fix the address in HubSpot before enrolling it.</source>
        <translation>El correo a este contacto rebotó antes. Corrija la dirección en HubSpot antes de inscribirlo.</translation>
    </message>
    <message>
        <source>The contact&apos;s address or domain is blocked (or marked email as spam). It cannot be enrolled.</source>
        <translation>La dirección o el dominio del contacto está bloqueado (o marcó el correo como spam). No se puede inscribir.</translation>
    </message>
    <message>
        <source>The contact has no email address. Add one in HubSpot before enrolling it.</source>
        <translation>El contacto no tiene dirección de correo. Añada una en HubSpot antes de inscribirlo.</translation>
    </message>
    <message>
        <source>The contact does not exist in HubSpot (deleted or merged). Skip it.</source>
        <translation>El contacto no existe en HubSpot (eliminado o fusionado). Omítalo.</translation>
    </message>
    <message>
        <source>HubSpot rejected sending to this contact (%1). Skip it or check the contact in HubSpot.</source>
        <translation>HubSpot rechazó el envío a este contacto (%1). Omítalo o revise el contacto en HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot rejected this contact (%1).</source>
        <translation>HubSpot rechazó este contacto (%1).</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Sin errores.</translation>
    </message>
    <message>
        <source>The sender inbox reached its sending limit for the last 24 hours. Continue later or choose another sender.</source>
        <translation>La bandeja del remitente alcanzó su límite de envíos de las últimas 24 horas. Continúe más tarde o elija otro remitente.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer could not be understood (%1). Try again; if it persists, report it with the log.</source>
        <translation>No se pudo interpretar la respuesta de HubSpot (%1). Vuelva a intentarlo; si persiste, infórmelo adjuntando el archivo de registro.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request as invalid: %1</source>
        <translation>HubSpot rechazó la solicitud por no válida: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The enrollment had already been sent, so HubSpot may have enrolled the contact. Check the contact&apos;s enrollment before enrolling it again.</source>
        <translation>La inscripción ya se había enviado, así que es posible que HubSpot haya inscrito al contacto. Compruebe la inscripción del contacto antes de volver a inscribirlo.</translation>
    </message>
    <message>
        <source>The request had already been sent, so HubSpot may have applied it. Check before sending it again.</source>
        <translation>La solicitud ya se había enviado, así que es posible que HubSpot la haya aplicado. Compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was reached and HubSpot asked to wait %1 minutes. Try again later.</source>
        <translation>Se alcanzó el límite de frecuencia de HubSpot y HubSpot pidió esperar %1 minutos. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>HubSpot has no list with this id (it may have been deleted). Check the list id in HubSpot &gt; Contacts &gt; Lists.</source>
        <translation>HubSpot no tiene ninguna lista con este ID (puede que se haya eliminado). Compruebe el ID de la lista en HubSpot &gt; Contactos &gt; Listas.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was still reached after SeqDesk waited and retried. Try again in a minute.</source>
        <translation>Se seguía alcanzando el límite de frecuencia de HubSpot después de que SeqDesk esperara y reintentara. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The connection to HubSpot failed (%1), also when SeqDesk retried. Check the network and try again.</source>
        <translation>Falló la conexión con HubSpot (%1), también en los reintentos de SeqDesk. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1), still after SeqDesk&apos;s retries. Try again in a few minutes.</source>
        <translation>HubSpot tuvo un problema temporal (HTTP %1), aún tras los reintentos de SeqDesk. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot;: %2</source>
        <translation>La URL base «%1»: %2</translation>
    </message>
    <message>
        <source>it is not an absolute URL with a scheme and a host, such as https://api.hubapi.com or http://127.0.0.1:8080</source>
        <translation>no es una URL absoluta con esquema y host, como https://api.hubapi.com o http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>it must not have a query or fragment</source>
        <translation>no debe tener consulta ni fragmento</translation>
    </message>
    <message>
        <source>it must use https; plain http is only allowed for loopback hosts (127.0.0.0/8, ::1, localhost)</source>
        <translation>debe usar https; http sin cifrar solo se permite en hosts de loopback (127.0.0.0/8, ::1, localhost)</translation>
    </message>
    <message>
        <source>it must use https</source>
        <translation>debe usar https</translation>
    </message>
    <message numerus="yes">
        <source>SeqDesk could not connect to HubSpot within %1 s (%n try(s) over %2 s). Check the network connection, proxy and firewall.</source>
        <translation>
            <numerusform>SeqDesk no pudo conectarse a HubSpot en %1 s (%n intento en %2 s). Compruebe la conexión de red, el proxy y el cortafuegos.</numerusform>
            <numerusform>SeqDesk no pudo conectarse a HubSpot en %1 s (%n intentos en %2 s). Compruebe la conexión de red, el proxy y el cortafuegos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot accepted the connection but did not answer within %1 s (%n try(s) over %2 s). HubSpot or the network may be having problems; see status.hubspot.com.</source>
        <translation>
            <numerusform>HubSpot aceptó la conexión pero no respondió en %1 s (%n intento en %2 s). Puede que HubSpot o la red tengan problemas; consulte status.hubspot.com.</numerusform>
            <numerusform>HubSpot aceptó la conexión pero no respondió en %1 s (%n intentos en %2 s). Puede que HubSpot o la red tengan problemas; consulte status.hubspot.com.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot&apos;s answer stopped arriving: no data for %1 s (%n try(s) over %2 s). Check the network connection.</source>
        <translation>
            <numerusform>La respuesta de HubSpot dejó de llegar: sin datos durante %1 s (%n intento en %2 s). Compruebe la conexión de red.</numerusform>
            <numerusform>La respuesta de HubSpot dejó de llegar: sin datos durante %1 s (%n intentos en %2 s). Compruebe la conexión de red.</numerusform>
        </translation>
    </message>
    <message>
        <source>HubSpot did not answer in time, also when SeqDesk retried. Check the connection and try again.</source>
        <translation>HubSpot no respondió a tiempo, tampoco en los reintentos de SeqDesk. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The token lacks the scope crm.lists.read: enrolling a HubSpot list&apos;s members and the rules need it (pasted or imported contacts do not). Add it in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes and paste the token again.</source>
        <translation>Al token le falta el ámbito crm.lists.read: inscribir a los miembros de una lista de HubSpot y las reglas lo necesitan (los contactos pegados o importados no). Añádalo en HubSpot &gt; Configuración &gt; Integraciones &gt; Aplicaciones privadas &gt; Ámbitos y vuelva a pegar el token.</translation>
    </message>
</context>
<context>
    <name>JobExport</name>
    <message>
        <source>enrolled (confirmed after an interruption)</source>
        <translation>inscrito (confirmado tras una interrupción)</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <source>the sender&apos;s rolling 24 h send cap is reached</source>
        <translation>se alcanzó el límite de envíos de 24 h móviles del remitente</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ListGrower</name>
    <message>
        <source>the portal has no DYNAMIC contact list</source>
        <translation>el portal no tiene ninguna lista de contactos DYNAMIC</translation>
    </message>
    <message>
        <source>list %1 is not a DYNAMIC contact list of this portal (GET /_sandbox/summary lists them)</source>
        <translation>la lista %1 no es una lista de contactos DYNAMIC de este portal (GET /_sandbox/summary las muestra)</translation>
    </message>
</context>
<context>
    <name>ListGrowth</name>
    <message>
        <source>[LISTID:]N/MINUTES (N from 1 to %1 contacts every MINUTES from 1 to %2; without LISTID the first DYNAMIC contact list)</source>
        <translation>[IDLISTA:]N/MINUTOS (N de 1 a %1 contactos cada MINUTOS de 1 a %2; sin IDLISTA, la primera lista de contactos DYNAMIC)</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>No se pudo hacer que %1 solo lo pueda leer su propietario.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restablecer valores</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>setting %1 must be an integer from %2 to %3</source>
        <translation>el ajuste %1 debe ser un entero de %2 a %3</translation>
    </message>
    <message>
        <source>setting %1 must be a number from 0 to 1</source>
        <translation>el ajuste %1 debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>setting %1 must be true or false</source>
        <translation>el ajuste %1 debe ser true o false</translation>
    </message>
    <message>
        <source>setting errorShape must be standard, legacy or mixed</source>
        <translation>el ajuste errorShape debe ser standard, legacy o mixed</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>ajuste desconocido %1</translation>
    </message>
    <message>
        <source>setting listGrowth must be an array of %1 or {&quot;listId&quot;, &quot;count&quot;, &quot;everyMinutes&quot;}</source>
        <translation>el ajuste listGrowth debe ser una matriz de %1 o {&quot;listId&quot;, &quot;count&quot;, &quot;everyMinutes&quot;}</translation>
    </message>
    <message>
        <source>setting listGrowth: %1 is not %2</source>
        <translation>ajuste listGrowth: %1 no es %2</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>invalid value &apos;%1&apos; for %2: expected an integer from %3 to %4</source>
        <translation>valor no válido «%1» para %2: se esperaba un entero de %3 a %4</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2: expected a fraction from 0 to 1</source>
        <translation>valor no válido «%1» para %2: se esperaba una fracción de 0 a 1</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0 = pick a free one).</source>
        <translation>Puerto TCP en 127.0.0.1 (0 = elegir uno libre).</translation>
    </message>
    <message>
        <source>The bearer token the sandbox accepts.</source>
        <translation>El token bearer que acepta el sandbox.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Seed of the demo data and of the fault randomness.</source>
        <translation>Semilla de los datos de demostración y de la aleatoriedad de los fallos.</translation>
    </message>
    <message>
        <source>Added latency per answer in milliseconds.</source>
        <translation>Latencia añadida por respuesta, en milisegundos.</translation>
    </message>
    <message>
        <source>Extra random latency up to N ms.</source>
        <translation>Latencia aleatoria adicional de hasta N ms.</translation>
    </message>
    <message>
        <source>Requests per rolling window per token.</source>
        <translation>Solicitudes por ventana móvil y por token.</translation>
    </message>
    <message>
        <source>Length of the rolling rate window.</source>
        <translation>Duración de la ventana móvil de frecuencia.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Requests per day per token.</source>
        <translation>Solicitudes por día y por token.</translation>
    </message>
    <message>
        <source>Sends per connected inbox per rolling 24 h.</source>
        <translation>Envíos por bandeja conectada cada 24 h móviles.</translation>
    </message>
    <message>
        <source>Fraction of requests answered 5xx.</source>
        <translation>Fracción de solicitudes respondidas con 5xx.</translation>
    </message>
    <message>
        <source>Fraction of connections dropped before processing.</source>
        <translation>Fracción de conexiones cortadas antes del procesamiento.</translation>
    </message>
    <message>
        <source>Fraction of connections dropped after processing, before the answer.</source>
        <translation>Fracción de conexiones cortadas después del procesamiento, antes de la respuesta.</translation>
    </message>
    <message>
        <source>Fraction of 2xx answers with invalid JSON.</source>
        <translation>Fracción de respuestas 2xx con JSON no válido.</translation>
    </message>
    <message>
        <source>Fraction of 2xx answers cut short.</source>
        <translation>Fracción de respuestas 2xx truncadas.</translation>
    </message>
    <message>
        <source>Fraction of requests answered 429.</source>
        <translation>Fracción de solicitudes respondidas con 429.</translation>
    </message>
    <message>
        <source>Answer the next N requests 429.</source>
        <translation>Responder 429 a las próximas N solicitudes.</translation>
    </message>
    <message>
        <source>Send no Retry-After header on 429.</source>
        <translation>No enviar la cabecera Retry-After con 429.</translation>
    </message>
    <message>
        <source>Omit the X-HubSpot-RateLimit-* headers.</source>
        <translation>Omitir las cabeceras X-HubSpot-RateLimit-*.</translation>
    </message>
    <message>
        <source>List sequences always returns the same paging cursor.</source>
        <translation>El listado de secuencias devuelve siempre el mismo cursor de paginación.</translation>
    </message>
    <message>
        <source>Shape of enrollment errors: standard, legacy or mixed.</source>
        <translation>Forma de los errores de inscripción: standard, legacy o mixed.</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORMA</translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to the token.</source>
        <translation>Ámbitos concedidos al token, separados por comas.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Number of owners (at least 6).</source>
        <translation>Número de propietarios (al menos 6).</translation>
    </message>
    <message>
        <source>Number of sequences (at least 4).</source>
        <translation>Número de secuencias (al menos 4).</translation>
    </message>
    <message>
        <source>Number of contacts (at least 10).</source>
        <translation>Número de contactos (al menos 10).</translation>
    </message>
    <message>
        <source>invalid value for --token: the token must not be empty</source>
        <translation>valor no válido para --token: el token no debe estar vacío</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --error-shape: expected standard, legacy or mixed</source>
        <translation>valor no válido «%1» para --error-shape: se esperaba standard, legacy o mixed</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Add one contact list of N members (more contacts if needed).</source>
        <translation>Añadir una lista de contactos de N miembros (más contactos si hace falta).</translation>
    </message>
    <message>
        <source>Every MINUTES, N eligible contacts join a DYNAMIC contact list (default: the first one); repeatable.</source>
        <translation>Cada MINUTOS, N contactos aptos se unen a una lista de contactos DYNAMIC (predeterminada: la primera); se puede repetir.</translation>
    </message>
    <message>
        <source>[LISTID:]N/MINUTES</source>
        <translation>[IDLISTA:]N/MINUTOS</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --list-growth: expected %2</source>
        <translation>valor no válido «%1» para --list-growth: se esperaba %2</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>setting listGrowth: %1</source>
        <translation>ajuste listGrowth: %1</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>the sandbox is not running</source>
        <translation>el sandbox no se está ejecutando</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No token is stored for this portal.</source>
        <translation>No hay ningún token guardado para este portal.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). SeqDesk stores tokens only in the keychain: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>El llavero del sistema no está disponible (%1). SeqDesk guarda los tokens solo en el llavero: inicie o desbloquee su llavero (por ejemplo, GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Se denegó el acceso al llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::CliRunner</name>
    <message>
        <source>--store-token needs the token in --token or HUBSPOT_ACCESS_TOKEN.
</source>
        <translation>--store-token necesita el token en --token o en HUBSPOT_ACCESS_TOKEN.
</translation>
    </message>
    <message>
        <source>No token: give --token, set HUBSPOT_ACCESS_TOKEN, or name with --portal-id a portal whose token was saved with --store-token.
</source>
        <translation>No hay token: indique --token, defina HUBSPOT_ACCESS_TOKEN o indique con --portal-id un portal cuyo token se guardó con --store-token.
</translation>
    </message>
    <message>
        <source>No token for portal %1 in the system keychain. Save one with --store-token.
</source>
        <translation>No hay token para el portal %1 en el llavero del sistema. Guarde uno con --store-token.
</translation>
    </message>
    <message>
        <source>Token saved in the system keychain for portal %1 (%2). Use --portal-id %1 from now on.
</source>
        <translation>Token guardado en el llavero del sistema para el portal %1 (%2). A partir de ahora, use --portal-id %1.
</translation>
    </message>
    <message>
        <source>No local store in this build of the command.
</source>
        <translation>Esta compilación del comando no tiene almacén local.
</translation>
    </message>
    <message>
        <source>The local store %1 could not be opened: %2
</source>
        <translation>No se pudo abrir el almacén local %1: %2
</translation>
    </message>
    <message>
        <source>No enrollment jobs yet.
</source>
        <translation>Aún no hay trabajos de inscripción.
</translation>
    </message>
    <message>
        <source>The local store failed: %1
</source>
        <translation>Error del almacén local: %1
</translation>
    </message>
    <message>
        <source>The portal has no contact lists.
</source>
        <translation>El portal no tiene listas de contactos.
</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.
</source>
        <translation>Ninguna lista de contactos coincide con «%1».
</translation>
    </message>
    <message>
        <source>No MCP server in this build of the command.
</source>
        <translation>Esta compilación del comando no tiene servidor MCP.
</translation>
    </message>
    <message>
        <source>none (command line)</source>
        <translation>ninguno (línea de comandos)</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::EnrollCommand</name>
    <message>
        <source>Line %1 (&quot;%2&quot;): %3
</source>
        <translation>Línea %1 («%2»): %3
</translation>
    </message>
    <message>
        <source>... and %1 more invalid lines.
</source>
        <translation>... y %1 líneas no válidas más.
</translation>
    </message>
    <message>
        <source>No valid contact id or email in %1.</source>
        <translation>No hay ningún ID de contacto ni correo válido en %1.</translation>
    </message>
    <message>
        <source>%1: %2 contacts, %3 duplicates, %4 invalid lines.
</source>
        <translation>%1: %2 contactos, %3 duplicados, %4 líneas no válidas.
</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>Portal de HubSpot %1</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Error del almacén local: %1</translation>
    </message>
    <message>
        <source>Sending as user %1 (%2).
</source>
        <translation>Enviando como el usuario %1 (%2).
</translation>
    </message>
    <message>
        <source>No active HubSpot user has the email %1. Give the sending user with --user-id (seqdesk-cli --list-sequences shows user ids).</source>
        <translation>Ningún usuario activo de HubSpot tiene el correo %1. Indique el usuario remitente con --user-id (seqdesk-cli --list-sequences muestra los ID de usuario).</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: reading %n contact(s) from HubSpot...
</source>
        <translation>
            <numerusform>Vista previa: leyendo %n contacto de HubSpot...
</numerusform>
            <numerusform>Vista previa: leyendo %n contactos de HubSpot...
</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be enrolled, %2 skipped, %3 deferred by the send cap. Nothing was enrolled.
</source>
        <translation>Vista previa: %1 se inscribirían, %2 omitidos, %3 aplazados por el límite de envíos. No se inscribió a nadie.
</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>No se pudo guardar el trabajo: %1</translation>
    </message>
    <message>
        <source>There is no job %1 (see --jobs).</source>
        <translation>No existe el trabajo %1 (vea --jobs).</translation>
    </message>
    <message>
        <source>Job %1 belongs to portal %2; the token is for portal %3.</source>
        <translation>El trabajo %1 pertenece al portal %2; el token es del portal %3.</translation>
    </message>
    <message>
        <source>  %1/%2 done: %3 enrolled, %4 skipped, %5 failed, %6 deferred
</source>
        <translation>  %1/%2 hechos: %3 inscritos, %4 omitidos, %5 fallidos, %6 aplazados
</translation>
    </message>
    <message>
        <source>Job %1: enrolling (if interrupted, resume with: seqdesk-cli --resume %1)
</source>
        <translation>Trabajo %1: inscribiendo (si se interrumpe, reanúdelo con: seqdesk-cli --resume %1)
</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, %7 not sent.
</source>
        <translation>Trabajo %1 %2: %3 inscritos, %4 omitidos, %5 fallidos, %6 aplazados, %7 sin enviar.
</translation>
    </message>
    <message>
        <source>Resume it after %1 with: seqdesk-cli --resume %2
</source>
        <translation>Reanúdelo después de %1 con: seqdesk-cli --resume %2
</translation>
    </message>
    <message>
        <source>Results written to %1.
</source>
        <translation>Resultados escritos en %1.
</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist or user %2 cannot use it (see --list-sequences).</source>
        <translation>La secuencia %1 no existe o el usuario %2 no puede usarla (vea --list-sequences).</translation>
    </message>
    <message>
        <source>Job %1 keeps its send cap of %2 per rolling 24 hours (--daily-cap applies to new jobs only).
</source>
        <translation>El trabajo %1 conserva su límite de %2 envíos cada 24 horas móviles (--daily-cap solo se aplica a trabajos nuevos).
</translation>
    </message>
    <message>
        <source>Reading the list: %1 of %2 members
</source>
        <translation>Leyendo la lista: %1 de %2 miembros
</translation>
    </message>
    <message>
        <source>%1 seqdesk-cli --list-lists shows its contact lists.</source>
        <translation>%1 seqdesk-cli --list-lists muestra sus listas de contactos.</translation>
    </message>
    <message>
        <source>%1 Nothing was enrolled.</source>
        <translation>%1 No se inscribió a nadie.</translation>
    </message>
    <message>
        <source>No job was saved; nobody was enrolled.</source>
        <translation>No se guardó ningún trabajo; no se inscribió a nadie.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent or saved.</source>
        <translation>%1 No se envió ni se guardó nada.</translation>
    </message>
    <message>
        <source>%1 Job %2 is in the local journal: seqdesk-cli --jobs --json lists it, and seqdesk-cli --resume %2 --output-json FILE writes its report again (going on with any contacts it has left).</source>
        <translation>%1 El trabajo %2 está en el registro local: seqdesk-cli --jobs --json lo muestra y seqdesk-cli --resume %2 --output-json ARCHIVO vuelve a escribir su informe (y continúa con los contactos que le queden).</translation>
    </message>
    <message>
        <source>%1 This was a dry run: nothing was enrolled.</source>
        <translation>%1 Fue una simulación: no se inscribió a nadie.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::ReportFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 cannot be looked up (%2)</source>
        <translation>no se puede consultar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be followed (%2)</source>
        <translation>no se puede seguir %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>%1 is a socket</source>
        <translation>%1 es un socket</translation>
    </message>
    <message>
        <source>%1 is a block device</source>
        <translation>%1 es un dispositivo de bloques</translation>
    </message>
    <message>
        <source>%1 is not a file, a FIFO or a device</source>
        <translation>%1 no es un archivo, un FIFO ni un dispositivo</translation>
    </message>
    <message>
        <source>descriptor %1 is not open (%2)</source>
        <translation>el descriptor %1 no está abierto (%2)</translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only</source>
        <translation>el descriptor %1 está abierto solo para lectura</translation>
    </message>
    <message>
        <source>%1 is not writable (%2)</source>
        <translation>no se puede escribir en %1 (%2)</translation>
    </message>
    <message>
        <source>no file can be created in the folder %1 (%2)</source>
        <translation>no se puede crear ningún archivo en la carpeta %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>No se puede escribir el informe en %1: %2.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2.</source>
        <translation>No se pudo escribir el informe en %1: %2.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RuleAdminCommand</name>
    <message>
        <source>Not a rule command.</source>
        <translation>No es un comando de reglas.</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Error del almacén local: %1</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>There is no list %1 in this portal. seqdesk-cli --list-lists shows its contact lists.</source>
        <translation>No existe la lista %1 en este portal. seqdesk-cli --list-lists muestra sus listas de contactos.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; holds other records than contacts (object type %2): a rule enrolls the members of a contact list.</source>
        <translation>La lista «%1» contiene registros que no son contactos (tipo de objeto %2): una regla inscribe a los miembros de una lista de contactos.</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>No se pudo guardar la regla: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 &quot;%2&quot; saved: the members who join the list &quot;%3&quot; are enrolled into &quot;%4&quot;, every %n minute(s). It is due now: seqdesk-cli --run-rules runs it.
</source>
        <translation>
            <numerusform>Regla %1 «%2» guardada: los miembros que se unan a la lista «%3» se inscriben en «%4», cada %n minuto. Está pendiente ahora: seqdesk-cli --run-rules la ejecuta.
</numerusform>
            <numerusform>Regla %1 «%2» guardada: los miembros que se unan a la lista «%3» se inscriben en «%4», cada %n minutos. Está pendiente ahora: seqdesk-cli --run-rules la ejecuta.
</numerusform>
        </translation>
    </message>
    <message>
        <source>No enrollment rules yet: --add-rule saves one.
</source>
        <translation>Aún no hay reglas de inscripción: --add-rule guarda una.
</translation>
    </message>
    <message>
        <source>There is no rule %1: it was deleted or never made (see --rules).</source>
        <translation>No existe la regla %1: se eliminó o nunca se creó (vea --rules).</translation>
    </message>
    <message>
        <source>Rule %1 belongs to portal %2, not to %3.</source>
        <translation>La regla %1 pertenece al portal %2, no al %3.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; is paused already.</source>
        <translation>La regla %1 «%2» ya está en pausa.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; paused: it does not run until --resume-rule %1.</source>
        <translation>Regla %1 «%2» en pausa: no se ejecuta hasta --resume-rule %1.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; is enabled already.</source>
        <translation>La regla %1 «%2» ya está activada.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; enabled again: it runs when due (next %3 UTC).</source>
        <translation>Regla %1 «%2» activada de nuevo: se ejecuta cuando toque (próxima, %3 UTC).</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; deleted; its runs and jobs are kept.</source>
        <translation>Regla %1 «%2» eliminada; se conservan sus ejecuciones y trabajos.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no members yet: until someone joins it, the rule&apos;s runs find nobody new.
</source>
        <translation>La lista «%1» aún no tiene miembros: hasta que alguien se una, las ejecuciones de la regla no encontrarán a nadie nuevo.
</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RulesCommand</name>
    <message>
        <source>There is no rule %1: it was deleted or never made (see --rules).</source>
        <translation>No existe la regla %1: se eliminó o nunca se creó (vea --rules).</translation>
    </message>
    <message>
        <source>Rule %1 belongs to portal %2, not to %3.</source>
        <translation>La regla %1 pertenece al portal %2, no al %3.</translation>
    </message>
    <message>
        <source>Rule %1 is stopped: %2 Once that is fixed, --resume-rule %1 enables it again.</source>
        <translation>La regla %1 está detenida: %2 Cuando se corrija, --resume-rule %1 la vuelve a activar.</translation>
    </message>
    <message>
        <source>Rule %1 is paused: --resume-rule %1 enables it again (--dry-run previews it as it is).</source>
        <translation>La regla %1 está en pausa: --resume-rule %1 la vuelve a activar (--dry-run la previsualiza tal como está).</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Error del almacén local: %1</translation>
    </message>
    <message numerus="yes">
        <source>Going on with %n job(s) of rules left to do.</source>
        <translation>
            <numerusform>Continuando con %n trabajo de reglas pendiente.</numerusform>
            <numerusform>Continuando con %n trabajos de reglas pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (rule %2): enrolling as %3…</source>
        <translation>Trabajo %1 (regla %2): inscribiendo como %3…</translation>
    </message>
    <message>
        <source>  Job %1: %2/%3 done: %4 enrolled, %5 skipped, %6 failed, %7 deferred</source>
        <translation>  Trabajo %1: %2/%3 hechos: %4 inscritos, %5 omitidos, %6 fallidos, %7 aplazados</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>Job %1 (rule %2, as %3) %4: %5 enrolled, %6 skipped, %7 failed, %8 deferred, %9 not sent.
</source>
        <translation>Trabajo %1 (regla %2, como %3) %4: %5 inscritos, %6 omitidos, %7 fallidos, %8 aplazados, %9 sin enviar.
</translation>
    </message>
    <message>
        <source>  It goes on after %1 UTC, at a --run-rules from then on (or in the app).
</source>
        <translation>  Continúa después de %1 UTC, con un --run-rules a partir de entonces (o en la aplicación).
</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot;: previewing (dry run)…</source>
        <translation>Regla %1 «%2»: vista previa (simulación)…</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot;: running…</source>
        <translation>Regla %1 «%2»: ejecutando…</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>Rule %1 stopped: %2 It does not run again until --resume-rule %1.
</source>
        <translation>Regla %1 detenida: %2 No vuelve a ejecutarse hasta --resume-rule %1.
</translation>
    </message>
    <message>
        <source>Rule %1 (dry run): %2 members, %3 new: %4 would be enrolled, %5 skipped, %6 waiting for room. Nothing was saved.
</source>
        <translation>Regla %1 (vista previa): %2 miembros, %3 nuevos: %4 se inscribirían, %5 omitidos, %6 esperando margen. No se guardó nada.
</translation>
    </message>
    <message>
        <source>Rule %1 done: %2 members, %3 new, %4 enrolled, %5 skipped, %6 failed, %7 waiting.
</source>
        <translation>Regla %1 terminada: %2 miembros, %3 nuevos, %4 inscritos, %5 omitidos, %6 fallidos, %7 en espera.
</translation>
    </message>
    <message>
        <source>Rule %1 skipped: %2
</source>
        <translation>Regla %1 omitida: %2
</translation>
    </message>
    <message>
        <source>Rule %1 failed: %2
</source>
        <translation>La regla %1 falló: %2
</translation>
    </message>
    <message>
        <source>No rule of this portal is due now.
</source>
        <translation>Ninguna regla de este portal está pendiente ahora.
</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::ContactInput</name>
    <message>
        <source>Nothing to read: %1 is empty.</source>
        <translation>Nada que leer: %1 está vacío.</translation>
    </message>
    <message>
        <source>Found only a header row in %1: no contacts below it.</source>
        <translation>Solo se encontró una fila de encabezado en %1: no hay contactos debajo.</translation>
    </message>
    <message>
        <source>Found no contact ids or emails in %1.</source>
        <translation>No se encontraron ID de contacto ni correos en %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is an Excel workbook (.xlsx) or another zip archive, not text. Export it as CSV (in Excel: Save As, CSV UTF-8) and choose that file.</source>
        <translation>No se puede leer %1: es un libro de Excel (.xlsx) u otro archivo zip, no texto. Expórtelo como CSV (en Excel: Guardar como, CSV UTF-8) y elija ese archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is an Excel 97-2003 workbook (.xls), not text. Save it as CSV UTF-8 and choose that file.</source>
        <translation>No se puede leer %1: es un libro de Excel 97-2003 (.xls), no texto. Guárdelo como CSV UTF-8 y elija ese archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a PDF document, not text. Save the contacts as UTF-8 CSV or text.</source>
        <translation>No se puede leer %1: es un documento PDF, no texto. Guarde los contactos como CSV o texto UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is saved as UTF-16 (&quot;Unicode text&quot;). Save it as UTF-8 CSV or text.</source>
        <translation>No se puede leer %1: está guardado en UTF-16 («Texto Unicode»). Guárdelo como CSV o texto UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds binary data, not text. Save it as UTF-8 CSV or text.</source>
        <translation>No se puede leer %1: contiene datos binarios, no texto. Guárdelo como CSV o texto UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not valid UTF-8. Save it as UTF-8 CSV or text.</source>
        <translation>No se puede leer %1: no es UTF-8 válido. Guárdelo como CSV o texto UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 is not valid UTF-8 (the file may use another encoding, such as Windows-1252). Save it as UTF-8 CSV or text.</source>
        <translation>No se puede leer %1: la línea %2 no es UTF-8 válido (puede que el archivo use otra codificación, como Windows-1252). Guárdelo como CSV o texto UTF-8.</translation>
    </message>
    <message>
        <source>Ids and emails from %1 (no header row).</source>
        <translation>ID y correos de %1 (sin fila de encabezado).</translation>
    </message>
    <message>
        <source>Ids from column &quot;%1&quot;, emails from column &quot;%2&quot;.</source>
        <translation>ID de la columna «%1», correos de la columna «%2».</translation>
    </message>
    <message>
        <source>Ids from column &quot;%1&quot;.</source>
        <translation>ID de la columna «%1».</translation>
    </message>
    <message>
        <source>Emails from column &quot;%1&quot;.</source>
        <translation>Correos de la columna «%1».</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation>No se puede leer %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MiB. Split it into smaller files.</source>
        <translation>No se puede leer %1: ocupa más de %2 MiB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Zero is not a contact id.</source>
        <translation>Cero no es un ID de contacto.</translation>
    </message>
    <message>
        <source>Too large to be a HubSpot contact id.</source>
        <translation>Demasiado grande para ser un ID de contacto de HubSpot.</translation>
    </message>
    <message>
        <source>Longer than 254 characters: not an email address.</source>
        <translation>Más de 254 caracteres: no es una dirección de correo.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces or control characters.</source>
        <translation>Una dirección de correo no puede contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>An email address cannot contain %1.</source>
        <translation>Una dirección de correo no puede contener %1.</translation>
    </message>
    <message>
        <source>More than one @: not an email address.</source>
        <translation>Más de una @: no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Nothing before the @: not an email address.</source>
        <translation>Nada antes de la @: no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Nothing after the @: not an email address.</source>
        <translation>Nada después de la @: no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The domain after the @ has no dot: not an email address.</source>
        <translation>El dominio tras la @ no tiene ningún punto: no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The domain after the @ has an empty part (a dot at its start or end, or two dots in a row).</source>
        <translation>El dominio tras la @ tiene una parte vacía (un punto al principio o al final, o dos puntos seguidos).</translation>
    </message>
    <message>
        <source>Contact ids are written without thousands separators.</source>
        <translation>Los ID de contacto se escriben sin separadores de miles.</translation>
    </message>
    <message>
        <source>Scientific notation: the spreadsheet shortened a long id and its last digits are lost. Format the column as a number without decimals, or as text, and export again.</source>
        <translation>Notación científica: la hoja de cálculo acortó un ID largo y se perdieron sus últimas cifras. Dé a la columna formato de número sin decimales, o de texto, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Contact ids are whole numbers: remove the decimal part (the spreadsheet column may be formatted with decimals).</source>
        <translation>Los ID de contacto son números enteros: quite la parte decimal (puede que la columna de la hoja de cálculo tenga formato con decimales).</translation>
    </message>
    <message>
        <source>Not a whole number: contact ids have no decimal part.</source>
        <translation>No es un número entero: los ID de contacto no tienen parte decimal.</translation>
    </message>
    <message>
        <source>Contact ids are positive whole numbers without a sign.</source>
        <translation>Los ID de contacto son números enteros positivos sin signo.</translation>
    </message>
    <message>
        <source>No contact id or email address.</source>
        <translation>Ni ID de contacto ni dirección de correo.</translation>
    </message>
    <message>
        <source>Empty quoted value.</source>
        <translation>Valor entre comillas vacío.</translation>
    </message>
    <message>
        <source>Neither a contact id nor an email address.</source>
        <translation>No es un ID de contacto ni una dirección de correo.</translation>
    </message>
    <message>
        <source>Line %1 of %2 opens a quoted field that is never closed.</source>
        <translation>La línea %1 de %2 abre un campo entre comillas que nunca se cierra.</translation>
    </message>
    <message>
        <source>Found no contact id or email column in %1. Its first row is: %2. Name the columns &quot;Record ID&quot; or &quot;Email&quot;, or give one id or email per line.</source>
        <translation>No se encontró ninguna columna de ID de contacto ni de correo en %1. Su primera fila es: %2. Llame a las columnas &quot;Record ID&quot; o &quot;Email&quot;, o indique un ID o correo por línea.</translation>
    </message>
    <message>
        <source>The row has fewer columns than the header (%1 of %2).</source>
        <translation>La fila tiene menos columnas que el encabezado (%1 de %2).</translation>
    </message>
    <message>
        <source>An email address in the id column.</source>
        <translation>Una dirección de correo en la columna de ID.</translation>
    </message>
    <message>
        <source>A number in the email column: not an email address.</source>
        <translation>Un número en la columna de correo: no es una dirección de correo.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>The row has no column %1.</source>
        <translation>La fila no tiene la columna %1.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentEngine</name>
    <message>
        <source>Job %1 is not in the local store.</source>
        <translation>El trabajo %1 no está en el almacén local.</translation>
    </message>
    <message>
        <source>Could not check whether contact %1 was enrolled before the interruption: %2</source>
        <translation>No se pudo comprobar si el contacto %1 se inscribió antes de la interrupción: %2</translation>
    </message>
    <message>
        <source>Enrolled before the interruption (checked)</source>
        <translation>Inscrito antes de la interrupción (comprobado)</translation>
    </message>
    <message>
        <source>The local journal could not be written: %1</source>
        <translation>No se pudo escribir el registro local: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sender&apos;s send cap is reached: %n contact(s) deferred until %1.</source>
        <translation>
            <numerusform>Se alcanzó el límite de envíos del remitente: %n contacto aplazado hasta %1.</numerusform>
            <numerusform>Se alcanzó el límite de envíos del remitente: %n contactos aplazados hasta %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>contact %1 is already in this job</source>
        <translation>el contacto %1 ya está en este trabajo</translation>
    </message>
    <message>
        <source>Another job is running.</source>
        <translation>Hay otro trabajo en ejecución.</translation>
    </message>
    <message>
        <source>Job %1 is running in another SeqDesk process (%2, process %3).</source>
        <translation>El trabajo %1 se está ejecutando en otro proceso de SeqDesk (%2, proceso %3).</translation>
    </message>
    <message>
        <source>Job %1 could not be locked in %2.</source>
        <translation>No se pudo bloquear el trabajo %1 en %2.</translation>
    </message>
    <message>
        <source>The answer for contact %1 was lost (%2). Resume the job: SeqDesk checks that contact first.</source>
        <translation>Se perdió la respuesta para el contacto %1 (%2). Reanude el trabajo: SeqDesk comprobará primero ese contacto.</translation>
    </message>
    <message>
        <source>The requests were cancelled.</source>
        <translation>Se cancelaron las solicitudes.</translation>
    </message>
    <message>
        <source>%1 contacts are not sent yet; resume the job.</source>
        <translation>%1 contactos aún no se han enviado; reanude el trabajo.</translation>
    </message>
    <message>
        <source>Already enrolled in this sequence by another SeqDesk job (enrollment %1)</source>
        <translation>Ya inscrito en esta secuencia por otro trabajo de SeqDesk (inscripción %1)</translation>
    </message>
    <message>
        <source>HubSpot did not answer for contact %1; SeqDesk checks whether it was enrolled before sending anything again</source>
        <translation>HubSpot no respondió para el contacto %1; SeqDesk comprueba si se inscribió antes de volver a enviar nada</translation>
    </message>
    <message>
        <source>HubSpot did not answer</source>
        <translation>HubSpot no respondió</translation>
    </message>
    <message>
        <source>The local journal could not be read: %1</source>
        <translation>No se pudo leer el registro local: %1</translation>
    </message>
    <message>
        <source>Could not check whether contact %1 was enrolled before the interruption</source>
        <translation>No se pudo comprobar si el contacto %1 se inscribió antes de la interrupción</translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit for this portal is reached. It resets at midnight in the portal&apos;s time zone (%1): the job waits until %2.</source>
        <translation>Se alcanzó el límite diario de la API de HubSpot para este portal. Se restablece a medianoche en la zona horaria del portal (%1): el trabajo espera hasta %2.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit for this portal is reached. It resets at midnight in the portal&apos;s time zone, which SeqDesk does not know: the job waits 24 hours, until %1.</source>
        <translation>Se alcanzó el límite diario de la API de HubSpot para este portal. Se restablece a medianoche en la zona horaria del portal, que SeqDesk no conoce: el trabajo espera 24 horas, hasta %1.</translation>
    </message>
    <message>
        <source>%1 (%2). The job waits until %3.</source>
        <translation>%1 (%2). El trabajo espera hasta %3.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentUseCase</name>
    <message>
        <source>The send cap must be from %1 to %2 emails per 24 hours, not %3.</source>
        <translation>El límite de envíos debe ser de %1 a %2 correos cada 24 horas, no %3.</translation>
    </message>
    <message>
        <source>The sender&apos;s recent enrollments could not be read from the mirror.</source>
        <translation>No se pudieron leer de la copia local las inscripciones recientes del remitente.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::ListMembersReader</name>
    <message>
        <source>The list &quot;%1&quot; holds other records than contacts (object type %2): only contact lists can be enrolled.</source>
        <translation>La lista «%1» contiene registros que no son contactos (tipo de objeto %2): solo se pueden inscribir listas de contactos.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no members.</source>
        <translation>La lista «%1» no tiene miembros.</translation>
    </message>
    <message>
        <source>There is no list %1 in this portal.</source>
        <translation>No existe la lista %1 en este portal.</translation>
    </message>
    <message>
        <source>the HubSpot list &quot;%1&quot; (%2)</source>
        <translation>la lista de HubSpot «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::Prediction</name>
    <message>
        <source>same contact as line %1</source>
        <translation>mismo contacto que la línea %1</translation>
    </message>
    <message>
        <source>same as line %1</source>
        <translation>igual que la línea %1</translation>
    </message>
    <message>
        <source>Will enroll</source>
        <translation>Se inscribirá</translation>
    </message>
    <message>
        <source>Already in a sequence</source>
        <translation>Ya en una secuencia</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Suscripción cancelada</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Blocked address</source>
        <translation>Dirección bloqueada</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Sin dirección de correo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Deferred (send cap)</source>
        <translation>Aplazado (límite de envíos)</translation>
    </message>
    <message>
        <source>No sender (owner cannot use the sequence)</source>
        <translation>Sin remitente (el propietario no puede usar la secuencia)</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::DemoShowcase</name>
    <message>
        <source>New trial signups to %1</source>
        <translation>Nuevas altas de prueba a %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::JobRunner</name>
    <message>
        <source>Job %1 is running; retry it once it stopped.</source>
        <translation>El trabajo %1 está en ejecución; reinténtelo cuando se haya detenido.</translation>
    </message>
    <message>
        <source>The failed contacts of job %1 could not be reset.</source>
        <translation>No se pudieron restablecer los contactos fallidos del trabajo %1.</translation>
    </message>
    <message>
        <source>Job %1 is not in the mirror.</source>
        <translation>El trabajo %1 no está en la copia local.</translation>
    </message>
    <message>
        <source>Cancelled while paused.</source>
        <translation>Cancelado mientras estaba en pausa.</translation>
    </message>
    <message>
        <source>SeqDesk was closed during the job; it goes on at the next start.</source>
        <translation>SeqDesk se cerró durante el trabajo; continúa en el próximo inicio.</translation>
    </message>
    <message>
        <source>Paused before it started.</source>
        <translation>En pausa antes de empezar.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::RuleScheduler</name>
    <message>
        <source>Rule %1 is not in the local store any more.</source>
        <translation>La regla %1 ya no está en el almacén local.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::CatalogTools</name>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Error en la copia local de SeqDesk: %1</translation>
    </message>
    <message>
        <source>Syncing: reading sequences (%1 of %2 users)</source>
        <translation>Sincronizando: leyendo secuencias (%1 de %2 usuarios)</translation>
    </message>
    <message>
        <source>Syncing: reading details (%1 of %2)</source>
        <translation>Sincronizando: leyendo detalles (%1 de %2)</translation>
    </message>
    <message>
        <source>The portal&apos;s sequences could not be synced from HubSpot: %1 Try again later, or sync the portal in the SeqDesk app.</source>
        <translation>No se pudieron sincronizar desde HubSpot las secuencias del portal: %1 Vuelva a intentarlo más tarde o sincronice el portal en la aplicación SeqDesk.</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) match.</source>
        <translation>
            <numerusform>%n secuencia coincide.</numerusform>
            <numerusform>%n secuencias coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; narrow with query or status.</source>
        <translation>Se muestran las primeras %1; acote con query o status.</translation>
    </message>
    <message>
        <source>The sync older than 24 hours could not be refreshed (%1): these are the sequences of the last sync.</source>
        <translation>No se pudo actualizar la sincronización de hace más de 24 horas (%1): estas son las secuencias de la última sincronización.</translation>
    </message>
    <message>
        <source>Only sequences with status &quot;active&quot; can be enrolled into.</source>
        <translation>Solo se puede inscribir en secuencias con estado &quot;active&quot;.</translation>
    </message>
    <message>
        <source>Reading lists: %1</source>
        <translation>Leyendo listas: %1</translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation>El portal no tiene listas de contactos.</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation>Ninguna lista de contactos coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n contact list(s).</source>
        <translation>
            <numerusform>%n lista de contactos.</numerusform>
            <numerusform>%n listas de contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>More lists match: narrow with query.</source>
        <translation>Coinciden más listas: acote con query.</translation>
    </message>
    <message>
        <source>preview_enrollment takes a list&apos;s id as listId.</source>
        <translation>preview_enrollment recibe el ID de una lista como listId.</translation>
    </message>
    <message>
        <source>List sequences</source>
        <translation>Mostrar secuencias</translation>
    </message>
    <message>
        <source>The HubSpot sequences of the portal, from SeqDesk&apos;s local mirror (synced from HubSpot first when its last sync is older than 24 hours): id, name, status, owner, number of steps. Only &quot;active&quot; sequences can be enrolled into. Use it to find the sequenceId for preview_enrollment.</source>
        <translation>Las secuencias de HubSpot del portal, de la copia local de SeqDesk (sincronizada antes desde HubSpot si su última sincronización tiene más de 24 horas): id, nombre, estado, propietario, número de pasos. Solo se puede inscribir en secuencias &quot;active&quot;. Úselo para encontrar el sequenceId para preview_enrollment.</translation>
    </message>
    <message>
        <source>Only sequences with this status.</source>
        <translation>Solo secuencias con este estado.</translation>
    </message>
    <message>
        <source>Only sequences whose name contains this text (or whose id it is).</source>
        <translation>Solo secuencias cuyo nombre contenga este texto (o cuyo ID sea este).</translation>
    </message>
    <message>
        <source>List contact lists</source>
        <translation>Mostrar listas de contactos</translation>
    </message>
    <message>
        <source>The portal&apos;s HubSpot contact lists (needs the token&apos;s crm.lists.read scope): id, name, size (members) and kind (static, active or snapshot), best matches first. Use it to find the listId for preview_enrollment.</source>
        <translation>Las listas de contactos de HubSpot del portal (requiere el ámbito crm.lists.read del token): id, nombre, tamaño (miembros) y tipo (static, active o snapshot), las mejores coincidencias primero. Úselo para encontrar el listId para preview_enrollment.</translation>
    </message>
    <message>
        <source>Only lists whose name matches (HubSpot&apos;s name search).</source>
        <translation>Solo listas cuyo nombre coincida (búsqueda por nombre de HubSpot).</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::JobTools</name>
    <message>
        <source>It is running: call get_job again to follow it.</source>
        <translation>Está en ejecución: vuelva a llamar a get_job para seguirlo.</translation>
    </message>
    <message>
        <source>It is saved and not started: resume_job %1 starts it.</source>
        <translation>Está guardado y sin iniciar: resume_job %1 lo inicia.</translation>
    </message>
    <message>
        <source>It was left running by a SeqDesk process that ended (or another process runs it): resume_job %1 goes on with it, each contact once.</source>
        <translation>Lo dejó en ejecución un proceso de SeqDesk que terminó (u otro proceso lo ejecuta): resume_job %1 lo continúa, cada contacto una sola vez.</translation>
    </message>
    <message>
        <source>It waits until %1 UTC (the sender&apos;s send cap or HubSpot&apos;s limits): resume_job %2 then goes on with it.</source>
        <translation>Espera hasta %1 UTC (el límite de envíos del remitente o los límites de HubSpot): entonces resume_job %2 lo continúa.</translation>
    </message>
    <message>
        <source>It is paused: resume_job %1 goes on with it.</source>
        <translation>Está en pausa: resume_job %1 lo continúa.</translation>
    </message>
    <message>
        <source>It is cancelled: its contacts not sent stay unsent.</source>
        <translation>Está cancelado: sus contactos no enviados quedan sin enviar.</translation>
    </message>
    <message>
        <source>It is done.</source>
        <translation>Está terminado.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>There is no job %1 in SeqDesk&apos;s journal: start_enrollment returns the job ids.</source>
        <translation>No existe el trabajo %1 en el registro de SeqDesk: start_enrollment devuelve los ID de los trabajos.</translation>
    </message>
    <message>
        <source>Job %1 belongs to portal %2; this server&apos;s token is for portal %3.</source>
        <translation>El trabajo %1 pertenece al portal %2; el token de este servidor es del portal %3.</translation>
    </message>
    <message>
        <source>Job %1 is not running here, so there is nothing to pause.</source>
        <translation>El trabajo %1 no se está ejecutando aquí, así que no hay nada que pausar.</translation>
    </message>
    <message>
        <source>Job %1 is not running in this server: resume_job it here first, then cancel it.</source>
        <translation>El trabajo %1 no se está ejecutando en este servidor: reanúdelo aquí antes con resume_job y después cancélelo.</translation>
    </message>
    <message>
        <source>Job %1 has ended: nothing to cancel.</source>
        <translation>El trabajo %1 ha terminado: no hay nada que cancelar.</translation>
    </message>
    <message>
        <source>Job %1 is cancelled: it is never run again. Preview the contacts again for a new job.</source>
        <translation>El trabajo %1 está cancelado: nunca se volverá a ejecutar. Vuelva a previsualizar los contactos para un nuevo trabajo.</translation>
    </message>
    <message>
        <source>Job %1 is running already.</source>
        <translation>El trabajo %1 ya está en ejecución.</translation>
    </message>
    <message>
        <source>Job %1 waits for the job running in this server; it starts after it.</source>
        <translation>El trabajo %1 espera al trabajo que se está ejecutando en este servidor; empieza después de él.</translation>
    </message>
    <message>
        <source>Job %1 goes on: call get_job to follow it.</source>
        <translation>El trabajo %1 continúa: llame a get_job para seguirlo.</translation>
    </message>
    <message>
        <source>Job %1 is %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, %7 not sent yet.</source>
        <translation>El trabajo %1 está en estado %2: %3 inscritos, %4 omitidos, %5 fallidos, %6 aplazados, %7 aún sin enviar.</translation>
    </message>
    <message>
        <source>The job&apos;s id (start_enrollment returned it).</source>
        <translation>El ID del trabajo (lo devolvió start_enrollment).</translation>
    </message>
    <message>
        <source>Get a job</source>
        <translation>Obtener un trabajo</translation>
    </message>
    <message>
        <source>An enrollment job from SeqDesk&apos;s journal: its state (draft, running, paused, cancelled, completed, failed), counts (enrolled, skipped, failed, deferred, not sent yet), when it resumes, the reasons of skips and failures, and what to do next.</source>
        <translation>Un trabajo de inscripción del registro de SeqDesk: su estado (draft, running, paused, cancelled, completed, failed), recuentos (inscritos, omitidos, fallidos, aplazados, aún sin enviar), cuándo se reanuda, los motivos de omisiones y fallos, y qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Pause a job</source>
        <translation>Pausar un trabajo</translation>
    </message>
    <message>
        <source>Pauses a job running in this server: requests in flight finish and are journaled, nothing more is sent until resume_job.</source>
        <translation>Pausa un trabajo que se ejecuta en este servidor: las solicitudes en curso terminan y se registran, y no se envía nada más hasta resume_job.</translation>
    </message>
    <message>
        <source>Resume a job</source>
        <translation>Reanudar un trabajo</translation>
    </message>
    <message>
        <source>Goes on with a paused or interrupted job (also one a killed SeqDesk process left running, or one waiting for the send cap): contacts whose request was in flight are checked with HubSpot first, so each contact is enrolled once.</source>
        <translation>Continúa un trabajo en pausa o interrumpido (también uno que dejó en ejecución un proceso de SeqDesk terminado a la fuerza, o uno que espera al límite de envíos): los contactos cuya solicitud estaba en curso se comprueban antes con HubSpot, de modo que cada contacto se inscribe una sola vez.</translation>
    </message>
    <message>
        <source>Cancel a job</source>
        <translation>Cancelar un trabajo</translation>
    </message>
    <message>
        <source>Cancels a job running or paused in this server: contacts not sent yet are never sent. Those enrolled stay enrolled.</source>
        <translation>Cancela un trabajo en ejecución o en pausa en este servidor: los contactos aún no enviados no se envían nunca. Los inscritos siguen inscritos.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::McpContext</name>
    <message>
        <source>The job belongs to portal %1; this server&apos;s token is for portal %2. Start seqdesk-cli --mcp with that portal&apos;s token to go on with it.</source>
        <translation>El trabajo pertenece al portal %1; el token de este servidor es del portal %2. Inicie seqdesk-cli --mcp con el token de ese portal para continuarlo.</translation>
    </message>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Error en la copia local de SeqDesk: %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::McpHost</name>
    <message>
        <source>SeqDesk enrolls HubSpot contacts into sequences safely. Find a sequence with list_sequences (status active) and, if the contacts are a list, its id with list_contact_lists. Always call preview_enrollment first and show the user its counts and contacts; call start_enrollment with the previewId and confirm: true only after the user agreed (a preview expires after 15 minutes). Follow the job with get_job; pause_job, resume_job and cancel_job control it. Contacts beyond the sender&apos;s send cap are deferred, not dropped: resume_job goes on once they are due.</source>
        <translation>SeqDesk inscribe contactos de HubSpot en secuencias de forma segura. Busque una secuencia con list_sequences (estado active) y, si los contactos son una lista, su ID con list_contact_lists. Llame siempre primero a preview_enrollment y muestre al usuario sus recuentos y contactos; llame a start_enrollment con el previewId y confirm: true solo después de que el usuario esté de acuerdo (una vista previa caduca a los 15 minutos). Siga el trabajo con get_job; pause_job, resume_job y cancel_job lo controlan. Los contactos que superan el límite de envíos del remitente se aplazan, no se descartan: resume_job continúa cuando les toca.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::PreviewTool</name>
    <message>
        <source>&quot;senderEmail&quot; must be the email address of the connected inbox the sequence&apos;s emails are sent from.</source>
        <translation>&quot;senderEmail&quot; debe ser la dirección de correo de la bandeja de entrada conectada desde la que se envían los correos de la secuencia.</translation>
    </message>
    <message>
        <source>Give exactly one of contactIds, emails and listId.</source>
        <translation>Indique exactamente uno de contactIds, emails y listId.</translation>
    </message>
    <message>
        <source>No valid contact id or email: %1</source>
        <translation>Ningún ID de contacto ni correo válido: %1</translation>
    </message>
    <message>
        <source>No valid contact id or email.</source>
        <translation>Ningún ID de contacto ni correo válido.</translation>
    </message>
    <message>
        <source>%1 list_contact_lists shows the portal&apos;s contact lists.</source>
        <translation>%1 list_contact_lists muestra las listas de contactos del portal.</translation>
    </message>
    <message>
        <source>Reading the list&apos;s members: %1 of %2</source>
        <translation>Leyendo los miembros de la lista: %1 de %2</translation>
    </message>
    <message>
        <source>No active HubSpot user of the portal has the email %1: give the sender&apos;s own HubSpot login email (its connected inbox).</source>
        <translation>Ningún usuario activo de HubSpot del portal tiene el correo %1: indique el correo de inicio de sesión en HubSpot del propio remitente (su bandeja conectada).</translation>
    </message>
    <message>
        <source>%1 Nothing was previewed.</source>
        <translation>%1 No se previsualizó nada.</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist, or %2 cannot use it: list_sequences shows the sequences.</source>
        <translation>La secuencia %1 no existe, o %2 no puede usarla: list_sequences muestra las secuencias.</translation>
    </message>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Error en la copia local de SeqDesk: %1</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 contacts read</source>
        <translation>Vista previa: %1 de %2 contactos leídos</translation>
    </message>
    <message>
        <source>The preview could not be saved (%1); nothing was enrolled.</source>
        <translation>No se pudo guardar la vista previa (%1); no se inscribió a nadie.</translation>
    </message>
    <message>
        <source>Preview %1 of &quot;%2&quot; as %3: %4 would be enrolled now, %5 skipped, %6 deferred by the sender&apos;s send cap (enrolled later, when the job is resumed). Nothing was enrolled. Show this to the user; only once they agree, call start_enrollment with this previewId and confirm: true before %7 (UTC).</source>
        <translation>Vista previa %1 de «%2» como %3: %4 se inscribirían ahora, %5 omitidos, %6 aplazados por el límite de envíos del remitente (se inscriben más tarde, al reanudar el trabajo). No se inscribió a nadie. Muestre esto al usuario; solo cuando esté de acuerdo, llame a start_enrollment con este previewId y confirm: true antes de %7 (UTC).</translation>
    </message>
    <message>
        <source>Preview an enrollment</source>
        <translation>Previsualizar una inscripción</translation>
    </message>
    <message>
        <source>A dry run of enrolling contacts into a sequence, as the SeqDesk wizard&apos;s preview: HubSpot is only read, nobody is enrolled. Returns counts per predicted outcome (enroll, already_enrolled, unsubscribed, bounced, blocked, no_email, not_found, duplicate, deferred by the sender&apos;s rolling 24 h send cap), the first 50 contacts with their outcome and reason, and a previewId. Show the result to the user; start_enrollment with that previewId (within 15 minutes) enrolls exactly these contacts. Give the contacts as exactly one of contactIds, emails or listId.</source>
        <translation>Una simulación de la inscripción de contactos en una secuencia, como la vista previa del asistente de SeqDesk: de HubSpot solo se lee, no se inscribe a nadie. Devuelve los recuentos por resultado previsto (enroll, already_enrolled, unsubscribed, bounced, blocked, no_email, not_found, duplicate, deferred por el límite de envíos de 24 h móviles del remitente), los primeros 50 contactos con su resultado y motivo, y un previewId. Muestre el resultado al usuario; start_enrollment con ese previewId (en 15 minutos) inscribe exactamente estos contactos. Indique los contactos con exactamente uno de contactIds, emails o listId.</translation>
    </message>
    <message>
        <source>HubSpot contact ids.</source>
        <translation>ID de contactos de HubSpot.</translation>
    </message>
    <message>
        <source>Contacts&apos; email addresses.</source>
        <translation>Direcciones de correo de los contactos.</translation>
    </message>
    <message>
        <source>The sequence&apos;s id (list_sequences); it must be active.</source>
        <translation>El ID de la secuencia (list_sequences); debe estar activa.</translation>
    </message>
    <message>
        <source>The HubSpot user&apos;s email whose connected inbox sends the sequence&apos;s emails.</source>
        <translation>El correo del usuario de HubSpot cuya bandeja conectada envía los correos de la secuencia.</translation>
    </message>
    <message>
        <source>A contact list&apos;s id (list_contact_lists): its members.</source>
        <translation>El ID de una lista de contactos (list_contact_lists): sus miembros.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::StartTool</name>
    <message>
        <source>Not started: start_enrollment needs confirm: true, given only after the user saw the preview and agreed to enroll these contacts. %1</source>
        <translation>No iniciado: start_enrollment necesita confirm: true, indicado solo después de que el usuario viera la vista previa y aceptara inscribir estos contactos. %1</translation>
    </message>
    <message>
        <source>There is no preview &quot;%1&quot;: call preview_enrollment first and start the previewId it returns. %2</source>
        <translation>No existe la vista previa «%1»: llame antes a preview_enrollment e inicie el previewId que devuelva. %2</translation>
    </message>
    <message>
        <source>Preview %1 was started already as job %2: get_job %2 shows it. A preview starts one job; nobody was enrolled again.</source>
        <translation>La vista previa %1 ya se inició como trabajo %2: get_job %2 lo muestra. Una vista previa inicia un solo trabajo; no se volvió a inscribir a nadie.</translation>
    </message>
    <message>
        <source>Preview %1 is of portal %2; this server&apos;s token is for portal %3. %4</source>
        <translation>La vista previa %1 es del portal %2; el token de este servidor es del portal %3. %4</translation>
    </message>
    <message>
        <source>Nobody was enrolled.</source>
        <translation>No se inscribió a nadie.</translation>
    </message>
    <message>
        <source>Sequence %1 is gone, or %2 cannot use it any more. %3</source>
        <translation>La secuencia %1 ya no existe, o %2 ya no puede usarla. %3</translation>
    </message>
    <message>
        <source>Preview %1 is stale: the sequence &quot;%2&quot; changed in HubSpot since the preview. Call preview_enrollment again and show the user the new result. %3</source>
        <translation>La vista previa %1 está caducada: la secuencia «%2» cambió en HubSpot desde la vista previa. Vuelva a llamar a preview_enrollment y muestre al usuario el nuevo resultado. %3</translation>
    </message>
    <message>
        <source>Preview %1 was started already as job %2: get_job %2 shows it.</source>
        <translation>La vista previa %1 ya se inició como trabajo %2: get_job %2 lo muestra.</translation>
    </message>
    <message>
        <source>Preview %1 is being started by another call.</source>
        <translation>Otra llamada está iniciando la vista previa %1.</translation>
    </message>
    <message>
        <source>The job could not be saved: %1 %2</source>
        <translation>No se pudo guardar el trabajo: %1 %2</translation>
    </message>
    <message>
        <source>Job %1 started: %2 contacts to enroll now, %3 deferred by the send cap. SeqDesk journals each contact, so nobody is enrolled twice. Follow it with get_job %1; pause_job, resume_job and cancel_job control it.</source>
        <translation>Trabajo %1 iniciado: %2 contactos que inscribir ahora, %3 aplazados por el límite de envíos. SeqDesk registra cada contacto, así que nadie se inscribe dos veces. Sígalo con get_job %1; pause_job, resume_job y cancel_job lo controlan.</translation>
    </message>
    <message>
        <source>Start a previewed enrollment</source>
        <translation>Iniciar una inscripción previsualizada</translation>
    </message>
    <message>
        <source>Enrolls exactly the contacts of a preview (preview_enrollment) as a SeqDesk job: journaled (each contact at most once, even across crashes), within the sender&apos;s send cap (the rest deferred), resumable. Call it only after the user saw the preview and agreed, with confirm: true. Refused when the preview is missing, older than 15 minutes, started already, or the sequence changed since. Returns the job id: follow it with get_job.</source>
        <translation>Inscribe exactamente los contactos de una vista previa (preview_enrollment) como un trabajo de SeqDesk: registrado (cada contacto como máximo una vez, incluso tras bloqueos), dentro del límite de envíos del remitente (el resto se aplaza) y reanudable. Llámelo solo después de que el usuario viera la vista previa y aceptara, con confirm: true. Se rechaza si falta la vista previa, tiene más de 15 minutos, ya se inició o la secuencia cambió desde entonces. Devuelve el ID del trabajo: sígalo con get_job.</translation>
    </message>
    <message>
        <source>The previewId preview_enrollment returned.</source>
        <translation>El previewId que devolvió preview_enrollment.</translation>
    </message>
    <message>
        <source>true: the user confirmed this enrollment.</source>
        <translation>true: el usuario confirmó esta inscripción.</translation>
    </message>
    <message>
        <source>Optional label for the job (shown in SeqDesk&apos;s Analytics).</source>
        <translation>Etiqueta opcional para el trabajo (se muestra en Análisis de SeqDesk).</translation>
    </message>
    <message>
        <source>Preview %1 is dated later than this computer&apos;s clock (was the clock set back?), so its age is unknown. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation>La vista previa %1 tiene una fecha posterior al reloj de este equipo (¿se atrasó el reloj?), así que no se sabe su antigüedad. Vuelva a llamar a preview_enrollment, muestre al usuario el nuevo resultado e inicie esa. %2</translation>
    </message>
    <message numerus="yes">
        <source>Preview %1 is stale: it was made %n minutes ago, and a preview can be started for 15 minutes. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation>
            <numerusform>La vista previa %1 está caducada: se hizo hace %n minuto y una vista previa se puede iniciar durante 15 minutos. Vuelva a llamar a preview_enrollment, muestre al usuario el nuevo resultado e inicie esa. %2</numerusform>
            <numerusform>La vista previa %1 está caducada: se hizo hace %n minutos y una vista previa se puede iniciar durante 15 minutos. Vuelva a llamar a preview_enrollment, muestre al usuario el nuevo resultado e inicie esa. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::SummaryTool</name>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Error en la copia local de SeqDesk: %1</translation>
    </message>
    <message>
        <source>In the last %1 days SeqDesk enrolled %2 contacts, skipped %3, failed %4 and deferred %5 (success rate %6 %).</source>
        <translation>En los últimos %1 días, SeqDesk inscribió %2 contactos; %3 omitidos, %4 fallidos y %5 aplazados (tasa de éxito: %6 %).</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Resumen de inscripciones</translation>
    </message>
    <message>
        <source>What SeqDesk enrolled in the portal (the app&apos;s Analytics numbers, from its local journal: the wizard&apos;s, seqdesk-cli&apos;s, the rules&apos; and this server&apos;s jobs): enrolled, skipped, failed and deferred contacts and the success rate, per sequence, and the most common reasons for skips and failures.</source>
        <translation>Lo que SeqDesk inscribió en el portal (las cifras de Análisis de la aplicación, de su registro local: los trabajos del asistente, de seqdesk-cli, de las reglas y de este servidor): contactos inscritos, omitidos, fallidos y aplazados y la tasa de éxito, por secuencia, y los motivos más comunes de omisiones y fallos.</translation>
    </message>
    <message>
        <source>Only this sequence (its id).</source>
        <translation>Solo esta secuencia (su ID).</translation>
    </message>
    <message>
        <source>The last N days (default 30).</source>
        <translation>Los últimos N días (predeterminado 30).</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::ToolArgs</name>
    <message>
        <source>Unknown argument &quot;%1&quot;: this tool takes no arguments.</source>
        <translation>Argumento desconocido «%1»: esta herramienta no admite argumentos.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;: this tool takes %2.</source>
        <translation>Argumento desconocido «%1»: esta herramienta admite %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a HubSpot id: digits, such as &quot;712011983&quot;.</source>
        <translation>«%1» debe ser un ID de HubSpot: cifras, como &quot;712011983&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>«%1» debe ser una cadena.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>«%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of 1 to %2 HubSpot ids.</source>
        <translation>«%1» debe ser una matriz de 1 a %2 ID de HubSpot.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold HubSpot ids only (digits, such as &quot;101&quot;).</source>
        <translation>«%1» solo debe contener ID de HubSpot (cifras, como &quot;101&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of 1 to %2 strings.</source>
        <translation>«%1» debe ser una matriz de 1 a %2 cadenas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold strings only.</source>
        <translation>«%1» solo debe contener cadenas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>«%1» debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>«%1» debe ser uno de %2.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleCheck</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>La regla necesita un nombre.</translation>
    </message>
    <message>
        <source>The rule&apos;s name is longer than 200 characters.</source>
        <translation>El nombre de la regla tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The list must be a HubSpot list id (digits), not &quot;%1&quot;.</source>
        <translation>La lista debe ser un ID de lista de HubSpot (cifras), no «%1».</translation>
    </message>
    <message>
        <source>The sequence must be a HubSpot sequence id (digits), not &quot;%1&quot;.</source>
        <translation>La secuencia debe ser un ID de secuencia de HubSpot (cifras), no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address of a sender inbox.</source>
        <translation>«%1» no es una dirección de correo de una bandeja remitente.</translation>
    </message>
    <message>
        <source>A rule with one sender needs exactly one sender inbox (it has %1).</source>
        <translation>Una regla con un remitente necesita exactamente una bandeja remitente (tiene %1).</translation>
    </message>
    <message>
        <source>A rotation needs two or more different sender inboxes.</source>
        <translation>Una rotación necesita dos o más bandejas remitentes distintas.</translation>
    </message>
    <message>
        <source>A rotation names a sender inbox twice.</source>
        <translation>Una rotación nombra dos veces una bandeja remitente.</translation>
    </message>
    <message>
        <source>A rule that sends as the contact&apos;s owner takes no sender inbox; give a fallback inbox instead.</source>
        <translation>Una regla que envía como el propietario del contacto no lleva bandeja remitente; indique en su lugar una bandeja alternativa.</translation>
    </message>
    <message>
        <source>Only a rule that sends as the contact&apos;s owner has a fallback inbox.</source>
        <translation>Solo una regla que envía como el propietario del contacto tiene bandeja alternativa.</translation>
    </message>
    <message>
        <source>The fallback inbox &quot;%1&quot; is not an email address.</source>
        <translation>La bandeja alternativa «%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Contacts per run must be 0 (no limit) to %1.</source>
        <translation>Los contactos por ejecución deben ser de 0 (sin límite) a %1.</translation>
    </message>
    <message>
        <source>Contacts per day must be 0 (no limit) to %1.</source>
        <translation>Los contactos por día deben ser de 0 (sin límite) a %1.</translation>
    </message>
    <message>
        <source>The rule runs every 1 to %1 minutes (a week), not %2.</source>
        <translation>La regla se ejecuta cada 1 a %1 minutos (una semana), no %2.</translation>
    </message>
    <message>
        <source>&quot;Again after&quot; is 0 (never) to %1 days.</source>
        <translation>«Otra vez tras» va de 0 (nunca) a %1 días.</translation>
    </message>
    <message>
        <source>The inboxes&apos; send cap must be %1 to %2 per 24 hours.</source>
        <translation>El límite de envíos de las bandejas debe ser de %1 a %2 cada 24 horas.</translation>
    </message>
    <message>
        <source>The sequence %1 is not in the portal&apos;s mirror: check its id (seqdesk-cli --list-sequences) or sync the portal in SeqDesk.</source>
        <translation>La secuencia %1 no está en la copia local del portal: compruebe su ID (seqdesk-cli --list-sequences) o sincronice el portal en SeqDesk.</translation>
    </message>
    <message>
        <source>The sender inbox %1 is not an active user of the portal.</source>
        <translation>La bandeja remitente %1 no es un usuario activo del portal.</translation>
    </message>
    <message>
        <source>The sender inbox %1 cannot see the sequence &quot;%2&quot;: share it with that user in HubSpot, then sync the portal.</source>
        <translation>La bandeja remitente %1 no puede ver la secuencia «%2»: compártala con ese usuario en HubSpot y después sincronice el portal.</translation>
    </message>
    <message>
        <source>The portal has a rule named &quot;%1&quot; already (rule %2).</source>
        <translation>El portal ya tiene una regla llamada «%1» (regla %2).</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleRun</name>
    <message>
        <source>Rule %1 is running in another SeqDesk process (%2, process %3).</source>
        <translation>La regla %1 se está ejecutando en otro proceso de SeqDesk (%2, proceso %3).</translation>
    </message>
    <message>
        <source>Rule %1 could not be locked in %2.</source>
        <translation>No se pudo bloquear la regla %1 en %2.</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>No se pudo leer el almacén local: %1</translation>
    </message>
    <message>
        <source>Its sequence %1 is not in the portal&apos;s mirror any more (deleted in HubSpot, or not synced yet).</source>
        <translation>Su secuencia %1 ya no está en la copia local del portal (eliminada en HubSpot, o aún sin sincronizar).</translation>
    </message>
    <message>
        <source>Reading the list %1…</source>
        <translation>Leyendo la lista %1…</translation>
    </message>
    <message>
        <source>Reading the list: %1 of %2 members</source>
        <translation>Leyendo la lista: %1 de %2 miembros</translation>
    </message>
    <message>
        <source>No new members.</source>
        <translation>No hay miembros nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln new member(s)…</source>
        <translation>
            <numerusform>Comprobando %Ln miembro nuevo…</numerusform>
            <numerusform>Comprobando %Ln miembros nuevos…</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the rule&apos;s sender inboxes (%1) is an active user of the portal who can see the sequence.</source>
        <translation>Ninguna de las bandejas remitentes de la regla (%1) es un usuario activo del portal que pueda ver la secuencia.</translation>
    </message>
    <message>
        <source>The run&apos;s jobs could not be saved: %1</source>
        <translation>No se pudieron guardar los trabajos de la ejecución: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new member(s)</source>
        <translation>
            <numerusform>%Ln miembro nuevo</numerusform>
            <numerusform>%Ln miembros nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to enroll</source>
        <translation>
            <numerusform>%Ln que inscribir</numerusform>
            <numerusform>%Ln que inscribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for room</source>
        <translation>
            <numerusform>%Ln esperando margen</numerusform>
            <numerusform>%Ln esperando margen</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store could not be written: %1</source>
        <translation>No se pudo escribir en el almacén local: %1</translation>
    </message>
    <message>
        <source>Interrupted: SeqDesk stopped during the run.</source>
        <translation>Interrumpida: SeqDesk se detuvo durante la ejecución.</translation>
    </message>
    <message>
        <source>The list has no members yet.</source>
        <translation>La lista aún no tiene miembros.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalConnector</name>
    <message>
        <source>Paste the private app&apos;s access token.</source>
        <translation>Pegue el token de acceso de la aplicación privada.</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Comprobando el token…</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s users…</source>
        <translation>Leyendo los usuarios del portal…</translation>
    </message>
    <message>
        <source>The portal has no active user who can own sequences.</source>
        <translation>El portal no tiene ningún usuario activo que pueda ser propietario de secuencias.</translation>
    </message>
    <message>
        <source>Checking access to sequences…</source>
        <translation>Comprobando el acceso a las secuencias…</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Guardando el token en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Checking access to lists…</source>
        <translation>Comprobando el acceso a las listas…</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalManager</name>
    <message>
        <source>SeqDesk closed during this sync.</source>
        <translation>SeqDesk se cerró durante esta sincronización.</translation>
    </message>
    <message>
        <source>The portals could not be read: %1</source>
        <translation>No se pudieron leer los portales: %1</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>Portal de HubSpot %1</translation>
    </message>
    <message>
        <source>this build has no demo portal</source>
        <translation>esta compilación no tiene portal de demostración</translation>
    </message>
    <message>
        <source>Demo portal</source>
        <translation>Portal de demostración</translation>
    </message>
    <message>
        <source>The portal could not be saved: %1</source>
        <translation>No se pudo guardar el portal: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s token could not be removed from the keychain (%1). Nothing was forgotten.</source>
        <translation>No se pudo quitar del llavero el token del portal (%1). No se olvidó nada.</translation>
    </message>
    <message>
        <source>The portal&apos;s data could not be removed: %1</source>
        <translation>No se pudieron quitar los datos del portal: %1</translation>
    </message>
    <message>
        <source>Portal %1 is not connected.</source>
        <translation>El portal %1 no está conectado.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalPolicy</name>
    <message>
        <source>Demo · %1</source>
        <translation>Demo · %1</translation>
    </message>
    <message>
        <source>Demo portal: a HubSpot sandbox on this computer</source>
        <translation>Portal de demostración: un sandbox de HubSpot en este equipo</translation>
    </message>
    <message>
        <source>Portal %1 · %2</source>
        <translation>Portal %1 · %2</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>zona horaria desconocida</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalSession</name>
    <message>
        <source>Starting the sync</source>
        <translation>Iniciando la sincronización</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>No se pudo iniciar el portal de demostración: %1</translation>
    </message>
    <message>
        <source>this build has no demo portal</source>
        <translation>esta compilación no tiene portal de demostración</translation>
    </message>
    <message>
        <source>Reading the token from the keychain</source>
        <translation>Leyendo el token del llavero</translation>
    </message>
    <message>
        <source>The keychain holds no token for this portal. Enter it again.</source>
        <translation>El llavero no tiene ningún token para este portal. Vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>The keychain did not give the portal&apos;s token: %1</source>
        <translation>El llavero no devolvió el token del portal: %1</translation>
    </message>
    <message>
        <source>Reading sequence details: %1 of %2</source>
        <translation>Leyendo detalles de secuencias: %1 de %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>HubSpot rejected the portal&apos;s token. Enter a new one.</source>
        <translation>HubSpot rechazó el token del portal. Introduzca uno nuevo.</translation>
    </message>
    <message>
        <source>The portal&apos;s token lacks the scopes %1. Add them to the private app in HubSpot, then enter the token again.</source>
        <translation>Al token del portal le faltan los ámbitos %1. Añádalos a la aplicación privada en HubSpot y vuelva a introducir el token.</translation>
    </message>
    <message>
        <source>The portal is being removed.</source>
        <translation>Se está quitando el portal.</translation>
    </message>
    <message numerus="yes">
        <source>Reading sequences: %1 of %2 users, %n found</source>
        <translation>
            <numerusform>Leyendo secuencias: %1 de %2 usuarios, %n encontrada</numerusform>
            <numerusform>Leyendo secuencias: %1 de %2 usuarios, %n encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::SyncEngine</name>
    <message>
        <source>Starting the sync</source>
        <translation>Iniciando la sincronización</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Error del almacén local: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>This token belongs to portal %1, not to portal %2.</source>
        <translation>Este token pertenece al portal %1, no al portal %2.</translation>
    </message>
    <message>
        <source>Checking which sequences changed</source>
        <translation>Comprobando qué secuencias cambiaron</translation>
    </message>
    <message>
        <source>Reading sequence details</source>
        <translation>Leyendo detalles de secuencias</translation>
    </message>
    <message>
        <source>Saving to the local mirror</source>
        <translation>Guardando en la copia local</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronización fallida</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ActivityNotices</name>
    <message>
        <source>Enrollment could not start</source>
        <translation>No se pudo iniciar la inscripción</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
    <message>
        <source>%1 synced: %2 new, %3 changed, %4 archived</source>
        <translation>%1 sincronizado: %2 nuevas, %3 modificadas, %4 archivadas</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronización fallida</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Falló la sincronización de %1: %2</translation>
    </message>
    <message>
        <source>Enrollment finished</source>
        <translation>Inscripción terminada</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 failed</source>
        <translation>%1 inscritos, %2 omitidos, %3 fallidos</translation>
    </message>
    <message>
        <source>Enrollment failed</source>
        <translation>Inscripción fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled before it stopped: %1</source>
        <translation>
            <numerusform>%n inscrito antes de detenerse: %1</numerusform>
            <numerusform>%n inscritos antes de detenerse: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrollment paused</source>
        <translation>Inscripción en pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled; the others wait: %1</source>
        <translation>
            <numerusform>%n inscrito; los demás esperan: %1</numerusform>
            <numerusform>%n inscritos; los demás esperan: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule stopped</source>
        <translation>Regla detenida</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; stopped: %2</source>
        <translation>La regla «%1» se detuvo: %2</translation>
    </message>
    <message>
        <source>Rule ran</source>
        <translation>Regla ejecutada</translation>
    </message>
    <message numerus="yes">
        <source>The rule &quot;%1&quot; is enrolling %n new members of its list.</source>
        <translation>
            <numerusform>La regla «%1» está inscribiendo %n miembro nuevo de su lista.</numerusform>
            <numerusform>La regla «%1» está inscribiendo %n miembros nuevos de su lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule run failed</source>
        <translation>Falló la ejecución de la regla</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsFilterBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Todos los portales</translation>
    </message>
    <message>
        <source>All sequences</source>
        <translation>Todas las secuencias</translation>
    </message>
    <message>
        <source>Sequences: %1</source>
        <translation>Secuencias: %1</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Orígenes: %1</translation>
    </message>
    <message>
        <source>All senders</source>
        <translation>Todos los remitentes</translation>
    </message>
    <message>
        <source>Senders: %1</source>
        <translation>Remitentes: %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsPage</name>
    <message>
        <source>No contacts in this range.</source>
        <translation>No hay contactos en este intervalo.</translation>
    </message>
    <message>
        <source>Nothing was skipped or failed.</source>
        <translation>No se omitió ni falló nada.</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidos</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>aplazados</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>tasa de éxito</translation>
    </message>
    <message>
        <source>Per sequence</source>
        <translation>Por secuencia</translation>
    </message>
    <message>
        <source>per-sequence.png</source>
        <translation>per-sequence.png</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>over-time.png</source>
        <translation>over-time.png</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Por origen</translation>
    </message>
    <message>
        <source>by-source.png</source>
        <translation>by-source.png</translation>
    </message>
    <message>
        <source>Why skipped or failed</source>
        <translation>Motivos de omisión o fallo</translation>
    </message>
    <message>
        <source>reasons.png</source>
        <translation>reasons.png</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No enrollments yet&lt;/h3&gt;&lt;p&gt;Enroll contacts into a sequence and SeqDesk shows here what worked: who was enrolled, skipped or failed, and why, per sequence and over time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay inscripciones&lt;/h3&gt;&lt;p&gt;Inscriba contactos en una secuencia y SeqDesk mostrará aquí qué funcionó: quién se inscribió, se omitió o falló, y por qué, por secuencia y a lo largo del tiempo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enroll contacts…</source>
        <translation>Inscribir contactos…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt; (the newest %1 of %2; export for all)</source>
        <translation>&lt;b&gt;Filas&lt;/b&gt; (las %1 más recientes de %2; exporte para verlas todas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Filas&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation>Exportar las filas</translation>
    </message>
    <message>
        <source>enrollment-analytics.csv</source>
        <translation>enrollment-analytics.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrollments per sequence</source>
        <translation>Inscripciones por secuencia</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsRowsModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazados</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsText</name>
    <message>
        <source>Wizard</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>seqdesk-cli</source>
        <translation>seqdesk-cli</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazados</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Lista: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>Contacto no encontrado</translation>
    </message>
    <message>
        <source>Invalid sender</source>
        <translation>Remitente no válido</translation>
    </message>
    <message>
        <source>Sending rejected</source>
        <translation>Envío rechazado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::Charts::StackedBarChart</name>
    <message>
        <source>Could not write the image %1.</source>
        <translation>No se pudo escribir la imagen %1.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Check what SeqDesk is about to do. Enrollment starts sending the sequence&apos;s emails.</source>
        <translation>Compruebe lo que SeqDesk va a hacer. La inscripción empieza a enviar los correos de la secuencia.</translation>
    </message>
    <message>
        <source>Start enrollment</source>
        <translation>Iniciar inscripción</translation>
    </message>
    <message>
        <source>e.g. Webinar follow-up, November</source>
        <translation>p. ej., Seguimiento del webinar, noviembre</translation>
    </message>
    <message>
        <source>Label (optional):</source>
        <translation>Etiqueta (opcional):</translation>
    </message>
    <message>
        <source>&lt;p&gt;Enroll &lt;b&gt;%1 contacts&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;, sent by %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inscribir &lt;b&gt;%1 contactos&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;, enviados por %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 more are deferred by the inbox&apos;s send cap (%2 per 24 hours) and go out automatically once they are eligible, while SeqDesk runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Otros %1 se aplazan por el límite de envíos de la bandeja (%2 cada 24 horas) y se envían automáticamente cuando cumplan los requisitos, mientras SeqDesk esté en ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 are skipped (see the preview for why).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 se omiten (vea el motivo en la vista previa).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Contacts from: %1. You can pause or cancel at any moment; a job interrupted by a crash resumes without enrolling anyone twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Contactos de: %1. Puede pausar o cancelar en cualquier momento; un trabajo interrumpido por un bloqueo se reanuda sin inscribir a nadie dos veces.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ConnectDialog</name>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>Conectar HubSpot</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Create a private app in HubSpot (Settings &gt; Integrations &gt; Private Apps) with the scopes %1, then paste its access token here. SeqDesk keeps it only in the system keychain.</source>
        <translation>Cree una aplicación privada en HubSpot (Configuración &gt; Integraciones &gt; Aplicaciones privadas) con los ámbitos %1 y pegue aquí su token de acceso. SeqDesk lo guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>URL base de la API:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Versión de la API:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The token lacks these scopes: %1.
In HubSpot, open Settings &gt; Integrations &gt; Private Apps, edit the app, add them under Scopes, commit the change, and paste the token again.</source>
        <translation>Al token le faltan estos ámbitos: %1.
En HubSpot, abra Configuración &gt; Integraciones &gt; Aplicaciones privadas, edite la aplicación, añádalos en Ámbitos, confirme el cambio y vuelva a pegar el token.</translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation>Nuevo token para %1</translation>
    </message>
    <message>
        <source>SeqDesk needs this portal&apos;s private-app token again.</source>
        <translation>SeqDesk necesita de nuevo el token de aplicación privada de este portal.</translation>
    </message>
    <message>
        <source>2026-09 (newest, recommended)</source>
        <translation>2026-09 (la más reciente, recomendada)</translation>
    </message>
    <message>
        <source>2026-03 (date-versioned)</source>
        <translation>2026-03 (versionada por fecha)</translation>
    </message>
    <message>
        <source>v4 / v3 (legacy, supported until March 2027)</source>
        <translation>v4 / v3 (heredada, admitida hasta marzo de 2027)</translation>
    </message>
    <message>
        <source>Connected, but the token lacks %1, so SeqDesk cannot read HubSpot lists; pasted or imported contacts work. To use lists, add the scope in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes, then enter the token again (Portal &gt; Enter a new token).</source>
        <translation>Conectado, pero al token le falta %1, así que SeqDesk no puede leer las listas de HubSpot; los contactos pegados o importados funcionan. Para usar listas, añada el ámbito en HubSpot &gt; Configuración &gt; Integraciones &gt; Aplicaciones privadas &gt; Ámbitos y vuelva a introducir el token (Portal &gt; Introducir un nuevo token).</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ContactsPage</name>
    <message>
        <source>Import CSV or TXT file…</source>
        <translation>Importar archivo CSV o TXT…</translation>
    </message>
    <message>
        <source>Use pasted text instead</source>
        <translation>Usar texto pegado</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>12345
ana.lima@example.com
…</source>
        <translation>12345
ana.lima@example.com
…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listas de contactos (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Aún no hay contactos.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ids, %2 emails</source>
        <translation>%1 ID, %2 correos</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid line(s)</source>
        <translation>
            <numerusform>%n línea no válida</numerusform>
            <numerusform>%n líneas no válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;): %3</source>
        <translation>Línea %1 («%2»): %3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Paste or import</source>
        <translation>Pegar o importar</translation>
    </message>
    <message>
        <source>A HubSpot list</source>
        <translation>Una lista de HubSpot</translation>
    </message>
    <message>
        <source>Paste HubSpot contact ids or email addresses, import a CSV or text file, or enroll the members of one of the portal&apos;s contact lists.</source>
        <translation>Pegue ID de contacto o direcciones de correo de HubSpot, importe un archivo CSV o de texto, o inscriba a los miembros de una de las listas de contactos del portal.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::EnrollLauncher</name>
    <message>
        <source>Job %1: %2 of %3 done, %4 enrolled, %5 failed</source>
        <translation>Trabajo %1: %2 de %3 hechos, %4 inscritos, %5 fallidos</translation>
    </message>
    <message>
        <source>Job %1 could not run: %2</source>
        <translation>No se pudo ejecutar el trabajo %1: %2</translation>
    </message>
    <message>
        <source>Quit during enrollment?</source>
        <translation>¿Salir durante la inscripción?</translation>
    </message>
    <message>
        <source>Job %1 is enrolling contacts. If you quit, it pauses now and goes on when SeqDesk starts again; no contact is lost or enrolled twice.</source>
        <translation>El trabajo %1 está inscribiendo contactos. Si sale, se pausa ahora y continúa cuando SeqDesk se vuelva a iniciar; no se pierde ningún contacto ni se inscribe dos veces.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <source>Pausing the job before quitting…</source>
        <translation>Pausando el trabajo antes de salir…</translation>
    </message>
    <message>
        <source>An enrollment is open: finish or close it to start another.</source>
        <translation>Hay una inscripción abierta: termínela o ciérrela para iniciar otra.</translation>
    </message>
    <message>
        <source>Job %1 done</source>
        <translation>Trabajo %1 terminado</translation>
    </message>
    <message>
        <source>Job %1 paused</source>
        <translation>Trabajo %1 en pausa</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>Trabajo %1 fallido</translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation>Trabajo %1 cancelado</translation>
    </message>
    <message>
        <source>Job %1 stopped</source>
        <translation>Trabajo %1 detenido</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 skipped, %4 failed, %5 deferred. %6</source>
        <translation>%1: %2 inscritos, %3 omitidos, %4 fallidos, %5 aplazados. %6</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::EnrollWizard</name>
    <message>
        <source>Enroll contacts</source>
        <translation>Inscribir contactos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::JobItemsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Eligible from %1</source>
        <translation>Disponible desde %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Enrollment %1 (confirmed after an interruption)</source>
        <translation>Inscripción %1 (confirmada tras una interrupción)</translation>
    </message>
    <message>
        <source>Enrollment %1</source>
        <translation>Inscripción %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListPickerModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Estática</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>%1
HubSpot list %2 · %3</source>
        <translation>%1
Lista de HubSpot %2 · %3</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Search the portal&apos;s contact lists by name</source>
        <translation>Buscar por nombre en las listas de contactos del portal</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListSourcePanel</name>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation>El portal no tiene listas de contactos.</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation>Ninguna lista de contactos coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation>
            <numerusform>%Ln lista de contactos</numerusform>
            <numerusform>%Ln listas de contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far: scroll down for more.</source>
        <translation>%1 hasta ahora: desplácese hacia abajo para ver más.</translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot;…</source>
        <translation>Leyendo los miembros de «%1»…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Stopped reading &quot;%1&quot;.</source>
        <translation>Se dejó de leer «%1».</translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot;: %2 of %3</source>
        <translation>Leyendo los miembros de «%1»: %2 de %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from the list &quot;%2&quot;, read just now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de la lista «%2», leídos ahora mismo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Search contact lists</source>
        <translation>Buscar listas de contactos</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Listas de contactos</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::MainWindow</name>
    <message>
        <source>SeqDesk</source>
        <translation>SeqDesk</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>No se pudo iniciar el portal de demostración: %1</translation>
    </message>
    <message>
        <source>Opening the local mirror…</source>
        <translation>Abriendo la copia local…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Portal %1 forgotten: its token and data are gone.</source>
        <translation>Portal %1 olvidado: su token y sus datos se han eliminado.</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>&amp;Connect HubSpot…</source>
        <translation>&amp;Conectar HubSpot…</translation>
    </message>
    <message>
        <source>Open the &amp;demo portal</source>
        <translation>Abrir el portal de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Sync Data</source>
        <translation>Si&amp;ncronizar datos</translation>
    </message>
    <message>
        <source>A sync of this portal is already running.</source>
        <translation>Ya hay una sincronización de este portal en curso.</translation>
    </message>
    <message>
        <source>Enter a new &amp;token…</source>
        <translation>Introducir un nuevo &amp;token…</translation>
    </message>
    <message>
        <source>&amp;Forget portal…</source>
        <translation>&amp;Olvidar portal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About SeqDesk</source>
        <translation>&amp;Acerca de SeqDesk</translation>
    </message>
    <message>
        <source>About SeqDesk</source>
        <translation>Acerca de SeqDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SeqDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bulk enrollment into HubSpot sequences, within HubSpot&apos;s limits.&lt;/p&gt;&lt;p&gt;Tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SeqDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Inscripción masiva en secuencias de HubSpot, dentro de los límites de HubSpot.&lt;/p&gt;&lt;p&gt;Los tokens se guardan solo en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Starting the demo portal…</source>
        <translation>Iniciando el portal de demostración…</translation>
    </message>
    <message>
        <source>The local mirror could not be opened: %1</source>
        <translation>No se pudo abrir la copia local: %1</translation>
    </message>
    <message>
        <source>The local mirror could not be opened.</source>
        <translation>No se pudo abrir la copia local.</translation>
    </message>
    <message>
        <source>%1 – SeqDesk</source>
        <translation>%1 – SeqDesk</translation>
    </message>
    <message>
        <source>%1 synced: %2 new, %3 changed, %4 archived</source>
        <translation>%1 sincronizado: %2 nuevas, %3 modificadas, %4 archivadas</translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; the mirror is as it was.</source>
        <translation>Sincronización de %1 cancelada; la copia local queda como estaba.</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Falló la sincronización de %1: %2</translation>
    </message>
    <message>
        <source>Token needed</source>
        <translation>Token necesario</translation>
    </message>
    <message>
        <source>SeqDesk cannot sync %1.</source>
        <translation>SeqDesk no puede sincronizar %1.</translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation>Introducir token…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Forget portal</source>
        <translation>Olvidar portal</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>¿Olvidar %1?</translation>
    </message>
    <message>
        <source>SeqDesk removes the portal&apos;s token from the keychain and its sequences, owners, sync history and enrollment history from this computer. Nothing changes in HubSpot; you can connect the portal again later.</source>
        <translation>SeqDesk quita el token del portal del llavero y borra de este equipo sus secuencias, propietarios, historial de sincronización e historial de inscripciones. En HubSpot no cambia nada; puede volver a conectar el portal más adelante.</translation>
    </message>
    <message>
        <source>Forget Portal</source>
        <translation>Olvidar portal</translation>
    </message>
    <message>
        <source>That token belongs to portal %1, not %2: it was connected as another portal.</source>
        <translation>Ese token pertenece al portal %1, no al %2: se conectó como otro portal.</translation>
    </message>
    <message>
        <source>&amp;Enroll contacts…</source>
        <translation>&amp;Inscribir contactos…</translation>
    </message>
    <message>
        <source>Enroll contacts into a sequence (Ctrl+E)</source>
        <translation>Inscribir contactos en una secuencia (Ctrl+E)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>Diagnóstico copiado al portapapeles</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Versions, settings, paths, portals and the last errors, for a support request: no token and no e-mail address</source>
        <translation>Versiones, ajustes, rutas, portales y los últimos errores, para una solicitud de soporte: sin token ni dirección de correo</translation>
    </message>
    <message>
        <source>Every sequence of the portal (Ctrl+1)</source>
        <translation>Todas las secuencias del portal (Ctrl+1)</translation>
    </message>
    <message>
        <source>What SeqDesk enrolled: per sequence, over time, by source (Ctrl+2)</source>
        <translation>Lo que SeqDesk inscribió: por secuencia, a lo largo del tiempo, por origen (Ctrl+2)</translation>
    </message>
    <message>
        <source>Enroll the contacts who join a HubSpot list, by themselves (Ctrl+3)</source>
        <translation>Inscribir automáticamente a los contactos que se unen a una lista de HubSpot (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation>&amp;Secuencias</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PlanTableModel</name>
    <message>
        <source>Eligible from %1</source>
        <translation>Disponible desde %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PortalSwitcher</name>
    <message>
        <source>The HubSpot portal shown</source>
        <translation>El portal de HubSpot que se muestra</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Portal %1</source>
        <translation>Portal %1</translation>
    </message>
    <message>
        <source>Portal %1 · %2</source>
        <translation>Portal %1 · %2</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>A dry run: SeqDesk read the contacts from HubSpot and predicts what will happen to each. Nothing is enrolled yet.</source>
        <translation>Una simulación: SeqDesk leyó los contactos de HubSpot y predice qué pasará con cada uno. Aún no se inscribe a nadie.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Reading the contacts from HubSpot…</source>
        <translation>Leyendo los contactos de HubSpot…</translation>
    </message>
    <message>
        <source>Reading the contacts from HubSpot: %1 of %2…</source>
        <translation>Leyendo los contactos de HubSpot: %1 de %2…</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Falló la vista previa: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be enrolled&lt;/b&gt; · %2 skipped · %3 deferred by the send cap</source>
        <translation>&lt;b&gt;%1 se inscribirán&lt;/b&gt; · %2 omitidos · %3 aplazados por el límite de envíos</translation>
    </message>
    <message>
        <source>Deferred contacts are enrolled automatically from %1, while SeqDesk runs.</source>
        <translation>Los contactos aplazados se inscriben automáticamente a partir de %1, mientras SeqDesk esté en ejecución.</translation>
    </message>
    <message>
        <source>No contact can be enrolled: go back and change the list or the sender.</source>
        <translation>No se puede inscribir ningún contacto: vuelva atrás y cambie la lista o el remitente.</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>Todos los contactos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every skipped contact (%1)</source>
        <translation>Todos los contactos omitidos (%1)</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Exportar la vista previa</translation>
    </message>
    <message>
        <source>enrollment-preview.csv</source>
        <translation>enrollment-preview.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Dry run of each contact</source>
        <translation>Vista previa de cada contacto</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>Cancelar trabajo…</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inscribiendo</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>No se pudo iniciar el trabajo: %1</translation>
    </message>
    <message>
        <source>Saving the job…</source>
        <translation>Guardando el trabajo…</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>No se pudo guardar el trabajo: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; enrolled · &lt;b&gt;%2&lt;/b&gt; skipped · &lt;b&gt;%3&lt;/b&gt; failed · &lt;b&gt;%4&lt;/b&gt; deferred · &lt;b&gt;%5&lt;/b&gt; to go</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; inscritos · &lt;b&gt;%2&lt;/b&gt; omitidos · &lt;b&gt;%3&lt;/b&gt; fallidos · &lt;b&gt;%4&lt;/b&gt; aplazados · &lt;b&gt;%5&lt;/b&gt; pendientes</translation>
    </message>
    <message>
        <source>HubSpot allows %1 requests per %2 s</source>
        <translation>HubSpot permite %1 solicitudes cada %2 s</translation>
    </message>
    <message>
        <source>%1 contacts/s</source>
        <translation>%1 contactos/s</translation>
    </message>
    <message>
        <source>Measuring the pace…</source>
        <translation>Midiendo el ritmo…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan aprox. %1</translation>
    </message>
    <message>
        <source>Job %1 is complete.</source>
        <translation>El trabajo %1 está completado.</translation>
    </message>
    <message>
        <source>Job %1 waits: %2</source>
        <translation>El trabajo %1 espera: %2</translation>
    </message>
    <message>
        <source>Job %1 is paused. Resume it, or close: it stays paused.</source>
        <translation>El trabajo %1 está en pausa. Reanúdelo o cierre: seguirá en pausa.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled; contacts not yet sent were left out.</source>
        <translation>Se canceló el trabajo %1; los contactos aún no enviados quedaron fuera.</translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation>Trabajo %1 detenido: %2</translation>
    </message>
    <message>
        <source>Job %1: enrolling…</source>
        <translation>Trabajo %1: inscribiendo…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pausing: waiting for the requests already sent…</source>
        <translation>Pausando: esperando las solicitudes ya enviadas…</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>¿Cancelar el trabajo?</translation>
    </message>
    <message>
        <source>Contacts not enrolled yet will not be. Those already enrolled stay in the sequence.</source>
        <translation>Los contactos aún no inscritos ya no se inscribirán. Los ya inscritos siguen en la secuencia.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Every contact is journaled, so none is lost or sent twice. Closing this window does not stop the job.</source>
        <translation>Cada contacto queda registrado, así que ninguno se pierde ni se envía dos veces. Cerrar esta ventana no detiene el trabajo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Job %1 waits for job %2 to finish.</source>
        <translation>El trabajo %1 espera a que termine el trabajo %2.</translation>
    </message>
    <message>
        <source>Contacts of the job</source>
        <translation>Contactos del trabajo</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleEditorDialog</name>
    <message>
        <source>Edit rule</source>
        <translation>Editar regla</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>e.g. Trial signups to onboarding</source>
        <translation>p. ej., Altas de prueba a onboarding</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>No se pudo guardar la regla: %1</translation>
    </message>
    <message>
        <source>List: its new members are enrolled</source>
        <translation>Lista: sus nuevos miembros se inscriben</translation>
    </message>
    <message>
        <source>Sequence: they are enrolled into</source>
        <translation>Secuencia: en la que se inscriben</translation>
    </message>
    <message>
        <source>Search sequences by name</source>
        <translation>Buscar secuencias por nombre</translation>
    </message>
    <message>
        <source>Reading the sequences…</source>
        <translation>Leyendo las secuencias…</translation>
    </message>
    <message>
        <source>Limits and schedule</source>
        <translation>Límites y programación</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>The most contacts one run enrolls; 0 for no limit of the rule&apos;s own. The others wait for a later run.</source>
        <translation>El máximo de contactos que inscribe una ejecución; 0 para que la regla no tenga límite propio. Los demás esperan a una ejecución posterior.</translation>
    </message>
    <message>
        <source>The most contacts the rule enrolls in a rolling 24 hours; 0 for no limit of the rule&apos;s own.</source>
        <translation>El máximo de contactos que la regla inscribe en 24 horas móviles; 0 para que la regla no tenga límite propio.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often SeqDesk reads the list while it runs.</source>
        <translation>Cada cuánto lee SeqDesk la lista mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A contact the rule handled is enrolled again if it is still in the list this many days later; &quot;Never&quot;: once, ever.</source>
        <translation>Un contacto que la regla procesó se vuelve a inscribir si sigue en la lista tantos días después; «Nunca»: una sola vez.</translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation> cada 24 h</translation>
    </message>
    <message>
        <source>HubSpot limits how many sequence emails one inbox sends in a rolling 24 hours. The rule never enrolls past it; the others wait.</source>
        <translation>HubSpot limita cuántos correos de secuencia envía una bandeja en 24 horas móviles. La regla nunca inscribe por encima de ese límite; los demás esperan.</translation>
    </message>
    <message>
        <source>Contacts per run:</source>
        <translation>Contactos por ejecución:</translation>
    </message>
    <message>
        <source>Contacts per day:</source>
        <translation>Contactos por día:</translation>
    </message>
    <message>
        <source>Run every:</source>
        <translation>Ejecutar cada:</translation>
    </message>
    <message>
        <source>Enroll a contact again after:</source>
        <translation>Volver a inscribir tras:</translation>
    </message>
    <message>
        <source>Send cap of each inbox:</source>
        <translation>Límite de envíos por bandeja:</translation>
    </message>
    <message>
        <source>Choose the list whose new members the rule enrolls.</source>
        <translation>Elija la lista cuyos nuevos miembros inscribe la regla.</translation>
    </message>
    <message>
        <source>Choose the sequence to enroll them into.</source>
        <translation>Elija la secuencia en la que inscribirlos.</translation>
    </message>
    <message>
        <source>Another rule of this portal is called &quot;%1&quot;.</source>
        <translation>Otra regla de este portal se llama «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation>
            <numerusform>%1  ·  %n paso</numerusform>
            <numerusform>%1  ·  %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Sequence %2</source>
        <translation>%1
Secuencia %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation>
            <numerusform>%n secuencia en la que puede inscribir.</numerusform>
            <numerusform>%n secuencias en las que puede inscribir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequences could not be read from the mirror: %1</source>
        <translation>No se pudieron leer las secuencias de la copia local: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation>
            <numerusform>No se muestra %n secuencia en pausa, borrador o archivada.</numerusform>
            <numerusform>No se muestran %n secuencias en pausa, borradores o archivadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule&apos;s sequence %1 cannot be enrolled into any more: choose another.</source>
        <translation>Ya no se puede inscribir en la secuencia %1 de la regla: elija otra.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ready to save.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lista para guardar.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Ready to save. The rule is enabled and runs within a minute, then every %n minute(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Lista para guardar. La regla está activa y se ejecuta en menos de un minuto y después cada %n minuto.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Lista para guardar. La regla está activa y se ejecuta en menos de un minuto y después cada %n minutos.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Before it can be saved:</source>
        <translation>Antes de poder guardarla:</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleListPicker</name>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation>El portal no tiene listas de contactos.</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation>Ninguna lista de contactos coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s) so far: scroll down for more.</source>
        <translation>
            <numerusform>%Ln lista de contactos hasta ahora: desplácese hacia abajo para ver más.</numerusform>
            <numerusform>%Ln listas de contactos hasta ahora: desplácese hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation>
            <numerusform>%Ln lista de contactos</numerusform>
            <numerusform>%Ln listas de contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Aún no se eligió ninguna lista.</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;%1&lt;/b&gt; (HubSpot list %2)</source>
        <translation>Elegida: &lt;b&gt;%1&lt;/b&gt; (lista de HubSpot %2)</translation>
    </message>
    <message>
        <source>Search contact lists</source>
        <translation>Buscar listas de contactos</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Listas de contactos</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulePreviewDialog</name>
    <message>
        <source>Waits for a later run</source>
        <translation>Espera a una ejecución posterior</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>Preview of &quot;%1&quot;</source>
        <translation>Vista previa de «%1»</translation>
    </message>
    <message>
        <source>Run the rule now: the members it finds then are enrolled</source>
        <translation>Ejecutar la regla ahora: se inscriben los miembros que encuentre en ese momento</translation>
    </message>
    <message>
        <source>Previewing &quot;%1&quot;: %2</source>
        <translation>Previsualizando «%1»: %2</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Falló la vista previa: %1</translation>
    </message>
    <message>
        <source>its owner&apos;s inbox has no room under its send cap</source>
        <translation>la bandeja de su propietario no tiene margen bajo su límite de envíos</translation>
    </message>
    <message>
        <source>no inbox has room under its send cap</source>
        <translation>ninguna bandeja tiene margen bajo su límite de envíos</translation>
    </message>
    <message>
        <source>Waits for a later run: the rule enrolls at most %1 per run.</source>
        <translation>Espera a una ejecución posterior: la regla inscribe como máximo %1 por ejecución.</translation>
    </message>
    <message>
        <source>Waits for a later run: %1, or the rule&apos;s %2 a day are used up.</source>
        <translation>Espera a una ejecución posterior: %1, o se agotaron los %2 diarios de la regla.</translation>
    </message>
    <message>
        <source>Waits for a later run: %1.</source>
        <translation>Espera a una ejecución posterior: %1.</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Como %1</translation>
    </message>
    <message>
        <source>Its owner cannot use the sequence and the rule has no fallback inbox.</source>
        <translation>Su propietario no puede usar la secuencia y la regla no tiene bandeja alternativa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run: %2</source>
        <translation>«%1» no se puede ejecutar: %2</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; ran now, it would read %2 members of &quot;%3&quot;: %4 new.</source>
        <translation>Si «%1» se ejecutara ahora, leería %2 miembros de «%3»: %4 nuevos.</translation>
    </message>
    <message>
        <source>Nobody would be enrolled.</source>
        <translation>No se inscribiría a nadie.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>%n would be enrolled</source>
        <translation>
            <numerusform>%n se inscribiría</numerusform>
            <numerusform>%n se inscribirían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would wait for a later run</source>
        <translation>
            <numerusform>%n esperaría a una ejecución posterior</numerusform>
            <numerusform>%n esperarían a una ejecución posterior</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is enrolled or recorded by a preview.</source>
        <translation>Una vista previa no inscribe ni registra nada.</translation>
    </message>
    <message>
        <source>Contacts the next run would enroll</source>
        <translation>Contactos que inscribiría la próxima ejecución</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleRunsModel</name>
    <message numerus="yes">
        <source>Started %1, finished %2; %n request(s) to HubSpot before its jobs.</source>
        <translation>
            <numerusform>Iniciada %1, terminada %2; %n solicitud a HubSpot antes de sus trabajos.</numerusform>
            <numerusform>Iniciada %1, terminada %2; %n solicitudes a HubSpot antes de sus trabajos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleSenderBox</name>
    <message>
        <source>One inbox</source>
        <translation>Una bandeja</translation>
    </message>
    <message>
        <source>A rotation over several inboxes</source>
        <translation>Rotación entre varias bandejas</translation>
    </message>
    <message>
        <source>Each contact&apos;s owner</source>
        <translation>El propietario de cada contacto</translation>
    </message>
    <message>
        <source>Each contact goes to the inbox with the most room under its send cap.</source>
        <translation>Cada contacto va a la bandeja con más margen bajo su límite de envíos.</translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner, when the owner can use the sequence.</source>
        <translation>Cada contacto se inscribe como su propietario de HubSpot, cuando el propietario puede usar la secuencia.</translation>
    </message>
    <message>
        <source>Choose the inbox</source>
        <translation>Elija la bandeja</translation>
    </message>
    <message>
        <source>Tick two or more inboxes.</source>
        <translation>Marque dos o más bandejas.</translation>
    </message>
    <message>
        <source>When the owner cannot use the sequence:</source>
        <translation>Cuando el propietario no puede usar la secuencia:</translation>
    </message>
    <message>
        <source>Skip the contact (no fallback)</source>
        <translation>Omitir el contacto (sin alternativa)</translation>
    </message>
    <message>
        <source>No active user can see the chosen sequence: share it in HubSpot, then sync the portal.</source>
        <translation>Ningún usuario activo puede ver la secuencia elegida: compártala en HubSpot y después sincronice el portal.</translation>
    </message>
    <message>
        <source>Sender inbox</source>
        <translation>Bandeja remitente</translation>
    </message>
    <message>
        <source>Sender inboxes in turn</source>
        <translation>Bandejas remitentes por turnos</translation>
    </message>
    <message>
        <source>Fallback sender inbox</source>
        <translation>Bandeja remitente alternativa</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleTableModel</name>
    <message>
        <source>List %1</source>
        <translation>Lista %1</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Secuencia %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
HubSpot list %2</source>
        <translation>%1
Lista de HubSpot %2</translation>
    </message>
    <message>
        <source>%1
Sequence %2</source>
        <translation>%1
Secuencia %2</translation>
    </message>
    <message numerus="yes">
        <source>Runs every %n minute(s).</source>
        <translation>
            <numerusform>Se ejecuta cada %n minuto.</numerusform>
            <numerusform>Se ejecuta cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: it does not run until it is resumed.</source>
        <translation>En pausa: no se ejecuta hasta que se reanude.</translation>
    </message>
    <message>
        <source>Stopped by SeqDesk: %1</source>
        <translation>Detenida por SeqDesk: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Contacts its runs enrolled in all</source>
        <translation>Contactos inscritos por sus ejecuciones en total</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>It does not run while it is paused.</source>
        <translation>No se ejecuta mientras está en pausa.</translation>
    </message>
    <message>
        <source>It does not run while it is stopped.</source>
        <translation>No se ejecuta mientras está detenida.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleText</name>
    <message>
        <source>Enabled</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Contact owner (no fallback)</source>
        <translation>Propietario del contacto (sin alternativa)</translation>
    </message>
    <message>
        <source>Contact owner (fallback %1)</source>
        <translation>Propietario del contacto (alternativa %1)</translation>
    </message>
    <message>
        <source>Every contact is enrolled as %1.</source>
        <translation>Cada contacto se inscribe como %1.</translation>
    </message>
    <message>
        <source>Each contact goes to the inbox with the most room under its send cap:
%1</source>
        <translation>Cada contacto va a la bandeja con más margen bajo su límite de envíos:
%1</translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot use the sequence are skipped.</source>
        <translation>Cada contacto se inscribe como su propietario de HubSpot. Se omiten los contactos cuyo propietario no puede usar la secuencia.</translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot use the sequence go to %1.</source>
        <translation>Cada contacto se inscribe como su propietario de HubSpot. Los contactos cuyo propietario no puede usar la secuencia van a %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>pendiente ahora</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>en %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>en %1 h</translation>
    </message>
    <message>
        <source>Still to send: %1
Deferred by the send cap: %2
Left for a later run (no room in an inbox, or the rule&apos;s limit): %3</source>
        <translation>Aún por enviar: %1
Aplazados por el límite de envíos: %2
Pendientes para una ejecución posterior (sin margen en una bandeja, o límite de la regla): %3</translation>
    </message>
    <message>
        <source>no new members</source>
        <translation>sin miembros nuevos</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nuevos</translation>
    </message>
    <message>
        <source>%1 enrolled</source>
        <translation>%1 inscritos</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitidos</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: en ejecución</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: detenida</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fallida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rotation of %n inbox(es)</source>
        <translation>
            <numerusform>Rotación de %n bandeja</numerusform>
            <numerusform>Rotación de %n bandejas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPage</name>
    <message>
        <source>New rule…</source>
        <translation>Nueva regla…</translation>
    </message>
    <message>
        <source>Enroll the contacts who join a HubSpot list into a sequence, by themselves</source>
        <translation>Inscribir automáticamente en una secuencia a los contactos que se unen a una lista de HubSpot</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Preview next run</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Who the rule would enroll now, by which inbox, and why the others would not: a dry run, nothing is enrolled or recorded</source>
        <translation>A quién inscribiría la regla ahora, con qué bandeja y por qué no a los demás: una simulación, no se inscribe ni registra nada</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>Run the rule now, without waiting for its schedule</source>
        <translation>Ejecutar la regla ahora, sin esperar a su programación</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop running the rule until it is resumed</source>
        <translation>Dejar de ejecutar la regla hasta que se reanude</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Run the rule on its schedule again</source>
        <translation>Volver a ejecutar la regla según su programación</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the rule; its history stays</source>
        <translation>Eliminar la regla; su historial se conserva</translation>
    </message>
    <message>
        <source>No enrollment rules yet</source>
        <translation>Aún no hay reglas de inscripción</translation>
    </message>
    <message>
        <source>A rule enrolls the contacts who join a HubSpot list into a sequence, by themselves: every few minutes SeqDesk reads the list, dry-runs its new members and enrolls those who can be enrolled, as one inbox, a rotation over several, or each contact&apos;s owner — never past the inboxes&apos; send caps or the rule&apos;s limits, and never the same contact twice.</source>
        <translation>Una regla inscribe automáticamente en una secuencia a los contactos que se unen a una lista de HubSpot: cada pocos minutos SeqDesk lee la lista, simula la inscripción de sus nuevos miembros e inscribe a los que se pueden inscribir, con una bandeja, una rotación entre varias o el propietario de cada contacto; nunca por encima de los límites de envíos de las bandejas ni de los límites de la regla, y nunca dos veces el mismo contacto.</translation>
    </message>
    <message>
        <source>Select a rule to see its runs.</source>
        <translation>Seleccione una regla para ver sus ejecuciones.</translation>
    </message>
    <message>
        <source>Runs of &quot;%1&quot;…</source>
        <translation>Ejecuciones de «%1»…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not run yet.</source>
        <translation>«%1» aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Runs of &quot;%1&quot;, newest first. Double-click a run to see its jobs and contacts.</source>
        <translation>Ejecuciones de «%1», las más recientes primero. Haga doble clic en una ejecución para ver sus trabajos y contactos.</translation>
    </message>
    <message>
        <source>Stopped by SeqDesk: %1</source>
        <translation>Detenida por SeqDesk: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;?</source>
        <translation>¿Eliminar la regla «%1»?</translation>
    </message>
    <message>
        <source>It will not run again. Its runs and the jobs they made stay in the history and in Analytics; nothing changes in HubSpot.</source>
        <translation>No volverá a ejecutarse. Sus ejecuciones y los trabajos que crearon se conservan en el historial y en Análisis; en HubSpot no cambia nada.</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source> % of the rate limit</source>
        <translation> % del límite de frecuencia</translation>
    </message>
    <message>
        <source>The part of HubSpot&apos;s rate limit (requests per 10 seconds) the rules&apos; runs and their jobs may use, so your own work in SeqDesk and other apps on the token keep room</source>
        <translation>La parte del límite de frecuencia de HubSpot (solicitudes cada 10 segundos) que pueden usar las ejecuciones de las reglas y sus trabajos, para que su propio trabajo en SeqDesk y otras aplicaciones que usan el token conserven margen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Runs of the selected rule</source>
        <translation>Ejecuciones de la regla seleccionada</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPresenter</name>
    <message>
        <source>The rules could not be read from the mirror: %1</source>
        <translation>No se pudieron leer las reglas de la copia local: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message numerus="yes">
        <source>Rule &quot;%1&quot; saved: it runs within a minute, then every %n minute(s).</source>
        <translation>
            <numerusform>Regla «%1» guardada: se ejecuta en menos de un minuto y después cada %n minuto.</numerusform>
            <numerusform>Regla «%1» guardada: se ejecuta en menos de un minuto y después cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; saved.</source>
        <translation>Regla «%1» guardada.</translation>
    </message>
    <message>
        <source>Waiting for the run of &quot;%1&quot; to end…</source>
        <translation>Esperando a que termine la ejecución de «%1»…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; at %2</source>
        <translation>Ejecución de «%1» del %2</translation>
    </message>
    <message>
        <source>The rule could not be changed: %1</source>
        <translation>No se pudo modificar la regla: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; paused.</source>
        <translation>Regla «%1» en pausa.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; resumed.</source>
        <translation>Regla «%1» reanudada.</translation>
    </message>
    <message>
        <source>The rule could not be deleted: %1</source>
        <translation>No se pudo eliminar la regla: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; deleted; its history stays.</source>
        <translation>Regla «%1» eliminada; su historial se conserva.</translation>
    </message>
    <message>
        <source>Queued to run…</source>
        <translation>En cola para ejecutarse…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Ejecutando: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; did not run: %2</source>
        <translation>La regla «%1» no se ejecutó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Enrolling: %n job(s) queued…</source>
        <translation>
            <numerusform>Inscribiendo: %n trabajo en cola…</numerusform>
            <numerusform>Inscribiendo: %n trabajos en cola…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; stopped: %2</source>
        <translation>Regla «%1» detenida: %2</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; ran: %2</source>
        <translation>Regla «%1» ejecutada: %2</translation>
    </message>
    <message>
        <source>Enrolling (job %1)…</source>
        <translation>Inscribiendo (trabajo %1)…</translation>
    </message>
    <message>
        <source>Enrolling (job %1): %2 of %3</source>
        <translation>Inscribiendo (trabajo %1): %2 de %3</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RunJobsDialog</name>
    <message>
        <source>Reading the run&apos;s jobs…</source>
        <translation>Leyendo los trabajos de la ejecución…</translation>
    </message>
    <message>
        <source>Job %1 · as %2 · %3 · %4 enrolled, %5 skipped, %6 failed, %7 waiting</source>
        <translation>Trabajo %1 · como %2 · %3 · %4 inscritos, %5 omitidos, %6 fallidos, %7 en espera</translation>
    </message>
    <message>
        <source>This run made no job: it found no new member, or it stopped or failed before it could (see its message).</source>
        <translation>Esta ejecución no creó ningún trabajo: no encontró ningún miembro nuevo, o se detuvo o falló antes de poder hacerlo (vea su mensaje).</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), one per sender inbox, with %1 contacts in all. The contacts of the chosen job:</source>
        <translation>
            <numerusform>%n trabajo, uno por bandeja remitente, con %1 contactos en total. Los contactos del trabajo elegido:</numerusform>
            <numerusform>%n trabajos, uno por bandeja remitente, con %1 contactos en total. Los contactos del trabajo elegido:</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts of the run&apos;s jobs</source>
        <translation>Contactos de los trabajos de la ejecución</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SenderPage</name>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Whose connected inbox sends the sequence&apos;s emails? Only users who can see the sequence are listed.</source>
        <translation>¿Qué bandeja conectada envía los correos de la secuencia? Solo se muestran los usuarios que pueden ver la secuencia.</translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation> cada 24 h</translation>
    </message>
    <message>
        <source>HubSpot limits how many sequence emails one inbox sends in a rolling 24 hours. Contacts beyond it are deferred, not lost.</source>
        <translation>HubSpot limita cuántos correos de secuencia envía una bandeja en 24 horas móviles. Los contactos que lo superan se aplazan, no se pierden.</translation>
    </message>
    <message>
        <source>Send cap of the inbox:</source>
        <translation>Límite de envíos de la bandeja:</translation>
    </message>
    <message>
        <source>No active user can see this sequence. Share it in HubSpot, then sync the portal.</source>
        <translation>Ningún usuario activo puede ver esta secuencia. Compártala en HubSpot y después sincronice el portal.</translation>
    </message>
    <message>
        <source>What this inbox sent could not be read.</source>
        <translation>No se pudo leer lo que envió esta bandeja.</translation>
    </message>
    <message>
        <source>SeqDesk enrolled %1 contacts as this sender in the last 24 hours: %2 more can go now.</source>
        <translation>SeqDesk inscribió %1 contactos como este remitente en las últimas 24 horas: ahora se pueden enviar %2 más.</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceDetailPane</name>
    <message>
        <source>Select a sequence to see its steps and settings.</source>
        <translation>Seleccione una secuencia para ver sus pasos y ajustes.</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Ventana de envío:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation>Quién puede usarla:</translation>
    </message>
    <message>
        <source>Enrolled by SeqDesk:</source>
        <translation>Inscritos por SeqDesk:</translation>
    </message>
    <message>
        <source>Updated in HubSpot:</source>
        <translation>Actualizada en HubSpot:</translation>
    </message>
    <message>
        <source>Seen by SeqDesk:</source>
        <translation>Vista por SeqDesk:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>1 step (details not synced yet)</source>
        <translation>1 paso (detalles aún sin sincronizar)</translation>
    </message>
    <message>
        <source>%1 steps (details not synced yet)</source>
        <translation>%1 pasos (detalles aún sin sincronizar)</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Sin pasos</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>Gone from HubSpot since %1</source>
        <translation>Desaparecida de HubSpot desde %1</translation>
    </message>
    <message>
        <source>Archived in SeqDesk</source>
        <translation>Archivada en SeqDesk</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Vista por última vez %1</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Vista por primera vez %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Being read from HubSpot…</source>
        <translation>Leyéndose desde HubSpot…</translation>
    </message>
    <message>
        <source>Known when the sync finishes</source>
        <translation>Se sabrá al terminar la sincronización</translation>
    </message>
    <message>
        <source>Not saved yet: the sync in progress read it</source>
        <translation>Aún sin guardar: la leyó la sincronización en curso</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencePickPage</name>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Which sequence should the contacts be enrolled into?</source>
        <translation>¿En qué secuencia se deben inscribir los contactos?</translation>
    </message>
    <message>
        <source>Search sequences by name</source>
        <translation>Buscar secuencias por nombre</translation>
    </message>
    <message>
        <source>Reading the sequences…</source>
        <translation>Leyendo las secuencias…</translation>
    </message>
    <message>
        <source>The sequences could not be read from the mirror: %1</source>
        <translation>No se pudieron leer las secuencias de la copia local: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation>
            <numerusform>%1  ·  %n paso</numerusform>
            <numerusform>%1  ·  %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Secuencia %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation>
            <numerusform>%n secuencia en la que puede inscribir.</numerusform>
            <numerusform>%n secuencias en las que puede inscribir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation>
            <numerusform>No se muestra %n secuencia en pausa, borrador o archivada.</numerusform>
            <numerusform>No se muestran %n secuencias en pausa, borradores o archivadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence you started from cannot be enrolled into (it is paused, a draft or archived).</source>
        <translation>No se puede inscribir en la secuencia desde la que empezó (está en pausa, es un borrador o está archivada).</translation>
    </message>
    <message>
        <source>This portal has no active sequence. Sync the portal, or resume a paused sequence on the Sequences page.</source>
        <translation>Este portal no tiene ninguna secuencia activa. Sincronice el portal o reanude una secuencia en pausa en la página Secuencias.</translation>
    </message>
    <message>
        <source>Search sequences</source>
        <translation>Buscar secuencias</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceTableModel</name>
    <message>
        <source>Contacts enrolled into this sequence by SeqDesk</source>
        <translation>Contactos inscritos en esta secuencia por SeqDesk</translation>
    </message>
    <message>
        <source>Last changed in HubSpot, in your local time</source>
        <translation>Última modificación en HubSpot, en su hora local</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>Actualizada en HubSpot</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceText</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Archived: it is gone from HubSpot (since %1).</source>
        <translation>Archivada: ha desaparecido de HubSpot (desde %1).</translation>
    </message>
    <message>
        <source>Archived: archived in SeqDesk. HubSpot still has it; restore it to use it again.</source>
        <translation>Archivada: archivada en SeqDesk. HubSpot aún la tiene; restáurela para volver a usarla.</translation>
    </message>
    <message>
        <source>Draft: it has no steps yet, so there is nothing to enroll contacts into.</source>
        <translation>Borrador: aún no tiene pasos, así que no hay nada en lo que inscribir contactos.</translation>
    </message>
    <message>
        <source>Paused: paused in SeqDesk. SeqDesk will not enroll contacts into it until it is resumed.</source>
        <translation>En pausa: en pausa en SeqDesk. SeqDesk no inscribirá contactos en ella hasta que se reanude.</translation>
    </message>
    <message>
        <source>Active: present in HubSpot, has steps and is not paused in SeqDesk.</source>
        <translation>Activa: existe en HubSpot, tiene pasos y no está en pausa en SeqDesk.</translation>
    </message>
    <message>
        <source>HubSpot has no sequence status; SeqDesk derives it:
Archived = gone from HubSpot or archived in SeqDesk
Draft = no steps
Paused = paused in SeqDesk (no enrollments until resumed)
Active = otherwise</source>
        <translation>HubSpot no tiene estado de secuencia; SeqDesk lo deduce:
Archivada = desaparecida de HubSpot o archivada en SeqDesk
Borrador = sin pasos
En pausa = en pausa en SeqDesk (sin inscripciones hasta que se reanude)
Activa = en los demás casos</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>no delay</source>
        <translation>sin retraso</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Call task</source>
        <translation>Tarea de llamada</translation>
    </message>
    <message>
        <source>Email task</source>
        <translation>Tarea de correo</translation>
    </message>
    <message>
        <source>LinkedIn task</source>
        <translation>Tarea de LinkedIn</translation>
    </message>
    <message>
        <source>To-do task</source>
        <translation>Tarea pendiente</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Día 1</translation>
    </message>
    <message>
        <source>right after</source>
        <translation>justo después</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>tras %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Finish enrollment</source>
        <translation>Finalizar inscripción</translation>
    </message>
    <message>
        <source>Adaptive step</source>
        <translation>Paso adaptativo</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Syncing: read from HubSpot by the sync in progress and not saved yet. It gets its status, and can be enrolled into, when the sync finishes.</source>
        <translation>Sincronizando: leída de HubSpot por la sincronización en curso y aún sin guardar. Recibe su estado, y se puede inscribir en ella, cuando termina la sincronización.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPage</name>
    <message>
        <source>Enroll contacts…</source>
        <translation>Inscribir contactos…</translation>
    </message>
    <message>
        <source>Pause in SeqDesk</source>
        <translation>Pausar en SeqDesk</translation>
    </message>
    <message>
        <source>Archive in SeqDesk</source>
        <translation>Archivar en SeqDesk</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Search by name, owner or id</source>
        <translation>Buscar por nombre, propietario o ID</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No sequences yet — click Sync Data to fetch them from HubSpot.</source>
        <translation>Aún no hay secuencias: haga clic en Sincronizar datos para obtenerlas de HubSpot.</translation>
    </message>
    <message>
        <source>No sequence matches the selected statuses.</source>
        <translation>Ninguna secuencia coincide con los estados seleccionados.</translation>
    </message>
    <message>
        <source>No sequence matches “%1” with these filters.</source>
        <translation>Ninguna secuencia coincide con «%1» con estos filtros.</translation>
    </message>
    <message>
        <source>Choose contacts to enroll into this sequence</source>
        <translation>Elegir contactos que inscribir en esta secuencia</translation>
    </message>
    <message>
        <source>Only active sequences take enrollments</source>
        <translation>Solo las secuencias activas admiten inscripciones</translation>
    </message>
    <message>
        <source>Resume in SeqDesk</source>
        <translation>Reanudar en SeqDesk</translation>
    </message>
    <message>
        <source>Let SeqDesk enroll contacts into it again</source>
        <translation>Permitir de nuevo que SeqDesk inscriba contactos en ella</translation>
    </message>
    <message>
        <source>Stop SeqDesk from enrolling contacts into it; HubSpot is not changed</source>
        <translation>Impedir que SeqDesk inscriba contactos en ella; HubSpot no se modifica</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>It is gone from HubSpot; there is nothing to restore</source>
        <translation>Ha desaparecido de HubSpot; no hay nada que restaurar</translation>
    </message>
    <message>
        <source>Show it as a usable sequence again</source>
        <translation>Volver a mostrarla como una secuencia utilizable</translation>
    </message>
    <message>
        <source>Hide it from enrollment in SeqDesk; HubSpot is not changed</source>
        <translation>Ocultarla de las inscripciones en SeqDesk; HubSpot no se modifica</translation>
    </message>
    <message numerus="yes">
        <source>Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked Syncing: they are saved, with their status, when the sync finishes.</source>
        <translation>
            <numerusform>Leyendo secuencias de HubSpot (%1 de %2 usuarios). %n nueva hasta ahora, marcada como Sincronizando: se guarda, con su estado, cuando termina la sincronización.</numerusform>
            <numerusform>Leyendo secuencias de HubSpot (%1 de %2 usuarios). %n nuevas hasta ahora, marcadas como Sincronizando: se guardan, con su estado, cuando termina la sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading details from HubSpot: %1 of %2. The %n sequence(s) marked Syncing are saved, with their status, when the sync finishes.</source>
        <translation>
            <numerusform>Leyendo detalles de HubSpot: %1 de %2. La %n secuencia marcada como Sincronizando se guarda, con su estado, cuando termina la sincronización.</numerusform>
            <numerusform>Leyendo detalles de HubSpot: %1 de %2. Las %n secuencias marcadas como Sincronizando se guardan, con su estado, cuando termina la sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the portal&apos;s sequences from HubSpot…</source>
        <translation>Leyendo las secuencias del portal desde HubSpot…</translation>
    </message>
    <message>
        <source>Not saved yet: available when the sync finishes</source>
        <translation>Aún sin guardar: disponible cuando termine la sincronización</translation>
    </message>
    <message>
        <source>Show only active sequences; pick several to combine them, none to show all.</source>
        <translation>Mostrar solo las secuencias activas; elija varios estados para combinarlos, o ninguno para mostrarlas todas.</translation>
    </message>
    <message>
        <source>Show only paused sequences; pick several to combine them, none to show all.</source>
        <translation>Mostrar solo las secuencias en pausa; elija varios estados para combinarlos, o ninguno para mostrarlas todas.</translation>
    </message>
    <message>
        <source>Show only draft sequences; pick several to combine them, none to show all.</source>
        <translation>Mostrar solo las secuencias en borrador; elija varios estados para combinarlos, o ninguno para mostrarlas todas.</translation>
    </message>
    <message>
        <source>Show only archived sequences; pick several to combine them, none to show all.</source>
        <translation>Mostrar solo las secuencias archivadas; elija varios estados para combinarlos, o ninguno para mostrarlas todas.</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <source>Search sequences</source>
        <translation>Buscar secuencias</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPresenter</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>No se guardó el cambio: %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message numerus="yes">
        <source> hours</source>
        <translation>
            <numerusform> hora</numerusform>
            <numerusform> horas</numerusform>
        </translation>
    </message>
    <message>
        <source>How long after its last sync SeqDesk syncs a portal by itself</source>
        <translation>Cuánto tiempo después de su última sincronización vuelve SeqDesk a sincronizar un portal automáticamente</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The part of HubSpot&apos;s rate limit the rules&apos; runs and their jobs may use, so your own work keeps room</source>
        <translation>La parte del límite de frecuencia de HubSpot que pueden usar las ejecuciones de las reglas y sus trabajos, para que su propio trabajo conserve margen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Sync each portal every:</source>
        <translation>&amp;Sincronizar los portales cada:</translation>
    </message>
    <message>
        <source>&amp;Rules may use up to:</source>
        <translation>Las &amp;reglas pueden usar hasta:</translation>
    </message>
    <message>
        <source>&amp;API version of new connections:</source>
        <translation>Versión de la &amp;API para conexiones nuevas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes when SeqDesk starts again.</source>
        <translation>El idioma cambia al reiniciar SeqDesk.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Who the Enroll wizard and a new rule choose to send, until you choose another</source>
        <translation>El remitente que eligen el asistente de inscripción y las reglas nuevas, hasta que elija otro</translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation> cada 24 h</translation>
    </message>
    <message>
        <source>The send cap of an inbox that new enrollments and rules start with: HubSpot limits the sequence emails one inbox sends in a rolling 24 hours</source>
        <translation>El límite de envíos de una bandeja con el que empiezan las nuevas inscripciones y reglas: HubSpot limita los correos de secuencia que envía una bandeja en 24 horas móviles</translation>
    </message>
    <message>
        <source>P&amp;ortal:</source>
        <translation>P&amp;ortal:</translation>
    </message>
    <message>
        <source>Default &amp;sender:</source>
        <translation>R&amp;emitente predeterminado:</translation>
    </message>
    <message>
        <source>Send &amp;cap of an inbox:</source>
        <translation>&amp;Límite de envíos por bandeja:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>None (choose each time)</source>
        <translation>Ninguno (elegir cada vez)</translation>
    </message>
    <message>
        <source>%1 (not an active user)</source>
        <translation>%1 (no es un usuario activo)</translation>
    </message>
    <message>
        <source>Where SeqDesk keeps its copy of your portals and its job history. A new folder is used when SeqDesk starts again, and by seqdesk-cli and the rules&apos; timer from their next run. What is in the old one stays there: to keep it, move seqdesk.sqlite across while SeqDesk is closed.</source>
        <translation>Donde SeqDesk guarda la copia local de sus portales y el historial de trabajos. Una carpeta nueva se usa al reiniciar SeqDesk, y en seqdesk-cli y el temporizador de las reglas a partir de su próxima ejecución. Lo que hay en la anterior se queda allí: para conservarlo, mueva seqdesk.sqlite con SeqDesk cerrado.</translation>
    </message>
    <message>
        <source>SeqDesk cannot write in %1. Pick a folder of yours.</source>
        <translation>SeqDesk no puede escribir en %1. Elija una carpeta suya.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SummaryPage</name>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Open analytics</source>
        <translation>Abrir análisis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Reading the job…</source>
        <translation>Leyendo el trabajo…</translation>
    </message>
    <message>
        <source>The job could not be read from the mirror.</source>
        <translation>No se pudo leer el trabajo de la copia local.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>enrollment-job-%1.json</source>
        <translation>enrollment-job-%1.json</translation>
    </message>
    <message>
        <source>enrollment-job-%1.csv</source>
        <translation>enrollment-job-%1.csv</translation>
    </message>
    <message>
        <source>Export the job</source>
        <translation>Exportar el trabajo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of %2 contacts enrolled&lt;/b&gt; (%3 %)&lt;/span&gt;&lt;br&gt;%4 skipped · %5 failed · %6 deferred · %7 not sent</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 de %2 contactos inscritos&lt;/b&gt; (%3 %)&lt;/span&gt;&lt;br&gt;%4 omitidos · %5 fallidos · %6 aplazados · %7 sin enviar</translation>
    </message>
    <message>
        <source>Contacts of the job</source>
        <translation>Contactos del trabajo</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SyncStatusWidget</name>
    <message>
        <source>Sync Data</source>
        <translation>Sincronizar datos</translation>
    </message>
    <message>
        <source>Cancel the sync (the mirror stays as it was)</source>
        <translation>Cancelar la sincronización (la copia local queda como estaba)</translation>
    </message>
    <message>
        <source>Read owners and sequences from HubSpot into SeqDesk (F5)</source>
        <translation>Leer propietarios y secuencias de HubSpot en SeqDesk (F5)</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>Last sync failed · %1</source>
        <translation>Última sincronización fallida · %1</translation>
    </message>
    <message>
        <source>Sync cancelled · %1</source>
        <translation>Sincronización cancelada · %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::WelcomePage</name>
    <message>
        <source>Try the demo portal</source>
        <translation>Probar el portal de demostración</translation>
    </message>
    <message>
        <source>Welcome to SeqDesk</source>
        <translation>Le damos la bienvenida a SeqDesk</translation>
    </message>
    <message>
        <source>Connect HubSpot…</source>
        <translation>Conectar HubSpot…</translation>
    </message>
    <message>
        <source>Copy scopes</source>
        <translation>Copiar ámbitos</translation>
    </message>
    <message>
        <source>Mirror your HubSpot sequences, preview an enrollment with a dry run, and enroll contacts in bulk within HubSpot&apos;s limits.</source>
        <translation>Mantenga una copia local de sus secuencias de HubSpot, previsualice una inscripción con una simulación e inscriba contactos de forma masiva dentro de los límites de HubSpot.</translation>
    </message>
    <message>
        <source>The demo portal runs a HubSpot sandbox on this computer: nothing is sent to HubSpot, no token is needed.</source>
        <translation>El portal de demostración ejecuta un sandbox de HubSpot en este equipo: no se envía nada a HubSpot ni se necesita token.</translation>
    </message>
    <message>
        <source>To connect your HubSpot portal:</source>
        <translation>Para conectar su portal de HubSpot:</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings &gt; Integrations &gt; Private Apps and click &quot;Create a private app&quot; (where HubSpot no longer offers new private apps: Service Keys). Give it a name, e.g. SeqDesk.</source>
        <translation>En HubSpot, abra Configuración &gt; Integraciones &gt; Aplicaciones privadas y haga clic en «Crear una aplicación privada» (donde HubSpot ya no ofrezca nuevas aplicaciones privadas: Claves de servicio). Asígnele un nombre, p. ej., SeqDesk.</translation>
    </message>
    <message>
        <source>On its Scopes tab, tick these scopes (%1 only for enrolling a HubSpot list&apos;s members and for rules):</source>
        <translation>En su pestaña Ámbitos, marque estos ámbitos (%1 solo para inscribir a los miembros de una lista de HubSpot y para las reglas):</translation>
    </message>
    <message>
        <source>Put the scopes on the clipboard, one per line</source>
        <translation>Copiar los ámbitos al portapapeles, uno por línea</translation>
    </message>
    <message>
        <source>Create the app, then copy its access token (on the app&apos;s Auth tab: Show token, Copy).</source>
        <translation>Cree la aplicación y después copie su token de acceso (en la pestaña Autenticación de la aplicación: Mostrar token, Copiar).</translation>
    </message>
    <message>
        <source>Click &quot;Connect HubSpot…&quot; below and paste the token. SeqDesk keeps it only in the system keychain.</source>
        <translation>Haga clic en «Conectar HubSpot…» abajo y pegue el token. SeqDesk lo guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Copied %1 scopes to the clipboard.</source>
        <translation>Se copiaron %1 ámbitos al portapapeles.</translation>
    </message>
</context>
<context>
    <name>SequenceUse</name>
    <message>
        <source>The sequence &quot;%1&quot; is paused in SeqDesk: choose &quot;Resume in SeqDesk&quot; on the app&apos;s Sequences page to enroll into it again.</source>
        <translation>La secuencia «%1» está en pausa en SeqDesk: elija «Reanudar en SeqDesk» en la página Secuencias de la aplicación para volver a inscribir en ella.</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is a draft (it has no steps): add its steps in HubSpot first.</source>
        <translation>La secuencia «%1» es un borrador (no tiene pasos): añada antes sus pasos en HubSpot.</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is archived: it is gone from HubSpot (deleted, or no longer shared with the portal&apos;s users).</source>
        <translation>La secuencia «%1» está archivada: ha desaparecido de HubSpot (eliminada, o ya no compartida con los usuarios del portal).</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is archived in SeqDesk: choose &quot;Restore&quot; on the app&apos;s Sequences page (filter Archived) to enroll into it again.</source>
        <translation>La secuencia «%1» está archivada en SeqDesk: elija «Restaurar» en la página Secuencias de la aplicación (filtro Archivada) para volver a inscribir en ella.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Reading account details</source>
        <translation>Leyendo los datos de la cuenta</translation>
    </message>
    <message>
        <source>Reading owners</source>
        <translation>Leyendo propietarios</translation>
    </message>
    <message>
        <source>Reading sequences</source>
        <translation>Leyendo secuencias</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local HTTP server that behaves like HubSpot (SeqDesk&apos;s demo mode).</source>
        <translation>Un servidor HTTP local que se comporta como HubSpot (modo de demostración de SeqDesk).</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: %1</source>
        <translation>seqdesk-sandbox: %1</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: unexpected argument &apos;%1&apos;</source>
        <translation>seqdesk-sandbox: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: cannot watch signals</source>
        <translation>seqdesk-sandbox: no se pueden vigilar las señales</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: invalid value &apos;%1&apos; for --list-growth: %2</source>
        <translation>seqdesk-sandbox: valor no válido «%1» para --list-growth: %2</translation>
    </message>
</context>
</TS>
