#!/usr/bin/env bash
# The WordPress plugin, tested for real: Debian's WordPress, MariaDB, Apache
# and PHP on 127.0.0.1; the built zip installed the way Plugins → Upload does
# it; posts written by an Author (shortcodes, and a Custom HTML block), with
# WordPress's HTML filter on; the settings saved through the settings page;
# then headless Chromium opens the posts and uses the widgets
# (tests/integrations/wordpress-check.mjs).
#
# Installs the Debian packages it needs when it can (root, or sudo without a
# password); otherwise prints the command and skips, except under CI=true,
# where it fails. Its MariaDB and Apache are its own (own data directory,
# socket, port and config files under $KPW_WP_WORK), started here and stopped
# on exit, so it leaves any other site alone and can be run again.
#
#   npm run test:wordpress          KPW_WP_PORT=8089 to choose the port
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
STARTED=$SECONDS

WORK=${KPW_WP_WORK:-/tmp/kpw-wordpress-test}
CONFIG_NAME=kpw-test                                # Debian's wp-config.php reads
CONFIG=/etc/wordpress/config-$CONFIG_NAME.php       # /etc/wordpress/config-$WORDPRESS_CONFIG.php
ZIP=$ROOT/dist/knee-pain-widgets-wordpress.zip
PLUGIN=knee-pain-widgets/knee-pain-widgets.php
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql php-cli curl zip)

say() { echo "wordpress: $*"; }
fail() { echo "wordpress: FAILED: $*" >&2; exit 1; }
# Without the means to run, skip (and say so), except in CI, where it is required.
cannot_run() {
  if [ "${CI:-}" = "true" ]; then fail "$1"; fi
  echo "wordpress: SKIPPED: $1"
  exit 0
}

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  SUDO=(none)
fi
as_root() {
  if [ "${SUDO[0]:-}" = none ]; then return 1; fi
  "${SUDO[@]}" "$@"
}

# --- 1. The packages ----------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  command="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "${SUDO[0]:-}" = none ] || ! command -v apt-get >/dev/null; then
    cannot_run "the WordPress test needs Debian's ${missing[*]}. Install with: sudo apt-get update && sudo $command"
  fi
  say "installing ${missing[*]} (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  if ! as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    as_root apt-get update -qq || true
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
      cannot_run "could not install ${missing[*]}. Try: sudo apt-get update && sudo $command"
  fi
fi
if [ "${SUDO[0]:-}" = none ]; then
  cannot_run "writing $CONFIG needs root (or sudo without a password)."
fi

# --- 2. The plugin's PHP parses (WordPress's coding standards for PHP_CodeSniffer
# are not packaged in Debian, so php -l is the check) ------------------------------
while IFS= read -r -d '' file; do
  php -l "$file" >/dev/null || fail "php -l $file"
done < <(find integrations/wordpress -name '*.php' -print0)
say "php -l: every PHP file of the plugin parses"

# --- 3. The zip: built from the current bundle -----------------------------------
if [ ! -f dist/knee-pain-widgets.iife.js ] || [ -n "$(find src content rollup.config.mjs -newer dist/knee-pain-widgets.iife.js -print -quit)" ]; then
  npm run --silent wordpress:zip
else
  node scripts/build-wordpress-plugin.mjs
fi
node scripts/ensure-browsers.mjs chromium

# --- 4. Our own MariaDB and Apache ------------------------------------------------
# Stops a server this script started (by its pid file, if the process there is
# still that server).
stop_server() {
  local pidfile=$1 name=$2 pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]; then
    as_root kill "$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do [ -e "/proc/$pid" ] || break; sleep 0.1; done
  fi
  rm -f "$pidfile"
}
cleanup() {
  local rc=$?
  stop_server "$WORK/run/apache.pid" apache2
  stop_server "$WORK/run/mysqld.pid" mariadbd
  as_root rm -f "$CONFIG" || true
  if [ $rc -eq 0 ]; then
    rm -rf "$WORK"
  else
    echo "wordpress: logs kept in $WORK/log; their last lines (less PHP's deprecation notices about WordPress itself):" >&2
    for log in "$WORK/log/debug.log" "$WORK/log/apache-error.log" "$WORK/run/mariadb.log"; do
      [ -s "$log" ] || continue
      echo "--- $log" >&2
      grep -v 'PHP Deprecated' "$log" | tail -n 15 >&2 || true
    done
  fi
}
# A previous run that was killed may have left its servers running.
stop_server "$WORK/run/apache.pid" apache2
stop_server "$WORK/run/mysqld.pid" mariadbd
trap cleanup EXIT
trap 'exit 130' INT TERM
rm -rf "$WORK"
mkdir -p "$WORK"/{db,run,log,wp-content/plugins,wp-content/themes,wp-content/upgrade}
chmod 755 "$WORK"
chmod 1777 "$WORK/log"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$WORK/wp-content/themes/"
APACHE_USER=""
MYSQL_USER=()
if [ "$(id -u)" -eq 0 ]; then
  # The servers drop root: Apache to www-data, MariaDB to mysql.
  chown mysql:mysql "$WORK/db" "$WORK/run"
  chown -R www-data:www-data "$WORK/wp-content/upgrade"
  APACHE_USER="User www-data
Group www-data"
  MYSQL_USER=(--user=mysql)
fi

port=${KPW_WP_PORT:-}
if [ -z "$port" ]; then
  for p in $(seq 8089 8189); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
fi
[ -n "$port" ] || fail "no free port from 8089 to 8189 on 127.0.0.1"
URL="http://127.0.0.1:$port"

SOCKET=$WORK/run/mysqld.sock
mariadb-install-db --no-defaults --datadir="$WORK/db" "${MYSQL_USER[@]}" --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/log/mariadb-install.log" 2>&1 || fail "mariadb-install-db (see $WORK/log/mariadb-install.log)"
mariadbd --no-defaults --datadir="$WORK/db" --socket="$SOCKET" --pid-file="$WORK/run/mysqld.pid" \
  --skip-networking --log-error="$WORK/run/mariadb.log" "${MYSQL_USER[@]}" >/dev/null 2>&1 &
for _ in $(seq 150); do
  mariadb --no-defaults -S "$SOCKET" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.1
done
DB_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
mariadb --no-defaults -S "$SOCKET" -uroot <<SQL || fail "MariaDB did not start (see $WORK/run/mariadb.log)"
CREATE DATABASE kpw_wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'kpw'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON kpw_wordpress.* TO 'kpw'@'localhost';
SQL
say "MariaDB is up (socket $SOCKET)"

salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
as_root mkdir -p /etc/wordpress
as_root tee "$CONFIG" >/dev/null <<PHP
<?php
// The knee-pain-widgets WordPress test site ($ROOT/tests/integrations/wordpress.sh); removed when it ends.
define( 'DB_NAME', 'kpw_wordpress' );
define( 'DB_USER', 'kpw' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_CONTENT_DIR', '$WORK/wp-content' );
define( 'WP_CONTENT_URL', '$URL/wp-content' );
define( 'FS_METHOD', 'direct' );
// A closed test: no calls to wordpress.org, no cron, no updates.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$WORK/log/debug.log' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
PHP
as_root chmod 644 "$CONFIG"

cat >"$WORK/apache.conf" <<CONF
ServerName 127.0.0.1
Listen 127.0.0.1:$port
$APACHE_USER
PidFile $WORK/run/apache.pid
DefaultRuntimeDir $WORK/run
Mutex file:$WORK/run default
ErrorLog $WORK/log/apache-error.log
LogFormat "%h \"%r\" %>s %b" short
CustomLog $WORK/log/apache-access.log short
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module $(ls /usr/lib/apache2/modules/libphp8*.so | head -n 1)
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG $CONFIG_NAME
Alias /wp-content $WORK/wp-content
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $WORK/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
apache2 -f "$WORK/apache.conf" -k start || fail "Apache did not start (see $WORK/log/apache-error.log)"
say "Apache is up ($URL)"

# --- 5. WordPress, the plugin, an Author and her posts (PHP, as WordPress runs it) --
export WORDPRESS_CONFIG=$CONFIG_NAME KPW_URL=$URL KPW_ZIP=$ZIP KPW_PLUGIN=$PLUGIN
ADMIN_PASSWORD=$(salt)
AUTHOR_PASSWORD=$(salt)
export KPW_ADMIN_PASSWORD=$ADMIN_PASSWORD KPW_AUTHOR_PASSWORD=$AUTHOR_PASSWORD
# Debian's wp-config.php picks its config from the host name, also on the command line.
PHP_HEAD='$_SERVER["HTTP_HOST"] = parse_url( getenv( "KPW_URL" ), PHP_URL_HOST ) . ":" . parse_url( getenv( "KPW_URL" ), PHP_URL_PORT );'

cat >"$WORK/install.php" <<PHP
<?php
$PHP_HEAD
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', '__return_false' );
\$result = wp_install( 'Riverside Running Clinic', 'admin', 'admin@example.invalid', false, '', getenv( 'KPW_ADMIN_PASSWORD' ) );
if ( empty( \$result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
update_option( 'blogdescription', 'Physiotherapy for runners' );
// Avatars come from gravatar.com: the test reaches no other host.
update_option( 'show_avatars', 0 );
echo 'WordPress ' . get_bloginfo( 'version' ) . " installed\n";
PHP

cat >"$WORK/plugin.php" <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'KPW_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'KPW_URL' ), PHP_URL_PORT );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user( 1 );
// As Plugins → Add New → Upload Plugin does it.
$skin     = new WP_Ajax_Upgrader_Skin();
$upgrader = new Plugin_Upgrader( $skin );
$result   = $upgrader->install( getenv( 'KPW_ZIP' ) );
if ( true !== $result ) {
	fwrite( STDERR, 'The plugin did not install: ' . implode( '; ', $skin->get_error_messages() ) . "\n" );
	exit( 1 );
}
$file = $upgrader->plugin_info();
if ( getenv( 'KPW_PLUGIN' ) !== $file ) {
	fwrite( STDERR, "The zip installed as $file, not " . getenv( 'KPW_PLUGIN' ) . "\n" );
	exit( 1 );
}
$data = get_plugin_data( WP_PLUGIN_DIR . '/' . $file, false, false );
$error = activate_plugin( $file );
if ( is_wp_error( $error ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $error->get_error_message() . "\n" );
	exit( 1 );
}
echo "Installed and activated {$data['Name']} {$data['Version']} ($file)\n";
PHP

cat >"$WORK/posts.php" <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'KPW_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'KPW_URL' ), PHP_URL_PORT );
require '/usr/share/wordpress/wp-load.php';
function kpw_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}
if ( ! function_exists( 'kpw_elements' ) ) {
	kpw_test_fail( 'The plugin is not loaded' );
}

$author = wp_insert_user(
	array(
		'user_login'   => 'ann',
		'user_pass'    => getenv( 'KPW_AUTHOR_PASSWORD' ),
		'user_email'   => 'ann@example.invalid',
		'display_name' => 'Ann Author',
		'role'         => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	kpw_test_fail( $author->get_error_message() );
}
// As the Author: WordPress turns its HTML filter (kses) on for her, as when she saves in the editor.
wp_set_current_user( $author );
kses_init();
if ( current_user_can( 'unfiltered_html' ) || false === has_filter( 'content_save_pre', 'wp_filter_post_kses' ) ) {
	kpw_test_fail( 'kses is not on for the Author' );
}

$custom_html = '<knee-pain-map side="right" theme="auto" onclick="alert(1)"></knee-pain-map>' . "\n"
	. '<red-flag-checklist></red-flag-checklist>' . "\n"
	. '<script>document.title = "script by an author"</script>';
// Without the plugin's filter, kses removes the elements: the problem the plugin solves.
remove_filter( 'wp_kses_allowed_html', 'kpw_kses_allowed_html', 10 );
if ( false !== strpos( wp_kses_post( $custom_html ), '<knee-pain-map' ) ) {
	kpw_test_fail( 'kses keeps <knee-pain-map> even without the plugin: the test does not test the filter' );
}
add_filter( 'wp_kses_allowed_html', 'kpw_kses_allowed_html', 10, 2 );

$posts = array(
	'shortcodes' => array(
		'Where does your knee hurt?',
		"<!-- wp:paragraph -->\n<p>Tap where it hurts to see what it might be.</p>\n<!-- /wp:paragraph -->\n\n"
		. "<!-- wp:shortcode -->\n[knee_pain_guide]\n[knee_pain_map side=\"left\" colour=\"red\" view=\"sideways\"]\n[/knee_pain_guide]\n<!-- /wp:shortcode -->\n\n"
		. "<!-- wp:paragraph -->\n<p>Try this one today.</p>\n<!-- /wp:paragraph -->\n\n"
		. "<!-- wp:shortcode -->\n[exercise_card exercise=\"wall-sit\" heading-level=\"3\"]\n<!-- /wp:shortcode -->\n\n"
		. "<!-- wp:shortcode -->\n[red_flag_checklist]\n<!-- /wp:shortcode -->",
	),
	'html'       => array(
		'Knee pain map and warning signs',
		"<!-- wp:paragraph -->\n<p>Written as HTML in a Custom HTML block.</p>\n<!-- /wp:paragraph -->\n\n"
		. "<!-- wp:html -->\n$custom_html\n<!-- /wp:html -->",
	),
	'classic'    => array(
		'Before your next run',
		"Check these first.\n\n[red_flag_checklist emergency_number=\"112\" theme=\"auto\"]\n\nThen strengthen.\n\n[exercise_card exercise=\"bridge\"]",
	),
	'plain'      => array(
		'Clinic opening hours',
		"<!-- wp:paragraph -->\n<p>Monday to Friday, 8 am to 6 pm.</p>\n<!-- /wp:paragraph -->",
	),
);
$out = array();
foreach ( $posts as $key => list( $title, $content ) ) {
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		kpw_test_fail( $id->get_error_message() );
	}
	$out[ $key ] = get_permalink( $id );
}
// What the filter kept of the Author's HTML: our elements and attributes, not the script or the handler.
$saved = get_post_field( 'post_content', url_to_postid( $out['html'] ) );
foreach ( array( '<knee-pain-map side="right" theme="auto">', '<red-flag-checklist>' ) as $kept ) {
	if ( false === strpos( $saved, $kept ) ) {
		kpw_test_fail( "kses removed $kept from the Author's post:\n$saved" );
	}
}
foreach ( array( '<script', 'onclick' ) as $removed ) {
	if ( false !== strpos( $saved, $removed ) ) {
		kpw_test_fail( "kses kept $removed in the Author's post: kses is not filtering\n$saved" );
	}
}
echo wp_json_encode( $out, JSON_UNESCAPED_SLASHES );
PHP

# What the shortcodes and the HTML filter write, exactly, for values a person
# might type (the site settings are empty, then set, then emptied again).
cat >"$WORK/units.php" <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'KPW_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'KPW_URL' ), PHP_URL_PORT );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/template.php'; // add_settings_error(), as on options.php.
$failed = 0;
function kpw_test_same( $what, $expected, $actual ) {
	global $failed;
	if ( $expected === $actual ) {
		echo "  ok  $what\n";
		return;
	}
	++$failed;
	echo "  FAIL $what\n       expected: $expected\n       actual:   $actual\n";
}
$dropped = '<!-- knee-pain-widgets: dropped attribute ';
$shortcodes = array(
	'no attributes'                               => array( '[knee_pain_map]', '<knee-pain-map></knee-pain-map>' ),
	'keywords in any case, trimmed'               => array( '[knee_pain_map side=" LEFT " view=back selected="below-kneecap"]', '<knee-pain-map side="left" view="back" selected="below-kneecap"></knee-pain-map>' ),
	'an id that is not kebab-case'                => array( '[knee_pain_map selected="Below_Kneecap"]', $dropped . '"selected": "Below_Kneecap" must be an id in lowercase kebab-case, like wall-sit --><knee-pain-map></knee-pain-map>' ),
	'markup in a number, bare switch, unknown'    => array( '[red_flag_checklist emergency-number="<b>911</b>" persist mode=CLINICIAN foo="1"]', $dropped . '"emergency-number": "&lt;b&gt;911&lt;/b&gt;" must be a phone number: 2 to 15 digits, with spaces, +, -, * or # only -->' . $dropped . '"foo": not a known attribute of this shortcode (known: emergency-number, same-day-contact, mode, persist, theme, lang) --><red-flag-checklist persist mode="clinician"></red-flag-checklist>' ),
	'heading level out of range, switches'        => array( '[exercise_card exercise="wall-sit" heading-level=7 sound="false" vibrate]', $dropped . '"heading-level": "7" must be one of: 1, 2, 3, 4, 5, 6 --><exercise-card exercise="wall-sit" vibrate></exercise-card>' ),
	'a switch with a value it does not take'      => array( '[exercise_card sound="loud"]', $dropped . '"sound": "loud" is on or off: leave it without a value, or write "true" or "false" --><exercise-card></exercise-card>' ),
	'a word that needs a value'                   => array( '[knee_pain_map side]', $dropped . '"side": it needs a value, like side="…" --><knee-pain-map></knee-pain-map>' ),
	'underscores for dashes'                      => array( '[red_flag_checklist emergency_number="+44 20 7946 0000" same_day_contact="111"]', '<red-flag-checklist emergency-number="+44 20 7946 0000" same-day-contact="111"></red-flag-checklist>' ),
	'an https same-day address, escaped'          => array( '[red_flag_checklist same-day-contact="https://example.org/today?a=1&b=2"]', '<red-flag-checklist same-day-contact="https://example.org/today?a=1&#038;b=2"></red-flag-checklist>' ),
	'an http same-day address'                    => array( '[red_flag_checklist same-day-contact="http://example.org/"]', $dropped . '"same-day-contact": "http://example.org/" must be a phone number or an https:// address --><red-flag-checklist></red-flag-checklist>' ),
	'a guide: bad address and timeout, content'   => array( '[knee_pain_guide content-src="javascript:alert(1)" content-timeout="50"]<p>Hello</p>[/knee_pain_guide]', $dropped . '"content-src": "javascript:alert(1)" must be an http(s) address or a path on this site starting with / -->' . $dropped . '"content-timeout": "50" must be a whole number from 100 to 60000 --><knee-pain-guide><p>Hello</p></knee-pain-guide>' ),
	'a guide with its content and a map inside'   => array( '[knee_pain_guide content-src="/clinic/knee.json" content-timeout="9000" lang="es"][knee_pain_map][/knee_pain_guide]', '<knee-pain-guide content-src="/clinic/knee.json" content-timeout="9000" lang="es"><knee-pain-map></knee-pain-map></knee-pain-guide>' ),
	'a value that tries to end the comment'       => array( '[knee_pain_map side="--><script>alert(1)</script>"]', $dropped . '"side": "- -&gt;&lt;script&gt;alert(1)&lt;/script&gt;" must be one of: left, right --><knee-pain-map></knee-pain-map>' ),
);
foreach ( $shortcodes as $what => list( $code, $expected ) ) {
	kpw_test_same( "shortcode, $what: $code", $expected, do_shortcode( $code ) );
}

wp_set_current_user( 1 );
update_option(
	'kpw_settings',
	array(
		'emergency_number' => '999',
		'same_day_contact' => 'https://example.org/111',
		'theme'            => 'dark',
		'lang'             => 'es',
	)
);
kpw_test_same( 'the settings are saved', '999|https://example.org/111|dark|es', implode( '|', kpw_get_settings() ) );
update_option(
	'kpw_settings',
	array(
		'emergency_number' => 'nine nine nine',
		'same_day_contact' => 'javascript:alert(1)',
		'theme'            => 'purple',
		'lang'             => 'fr',
	)
);
kpw_test_same( 'invalid settings keep the saved ones', '999|https://example.org/111|dark|es', implode( '|', kpw_get_settings() ) );
kpw_test_same( 'and each says why', 'kpw_invalid_emergency_number kpw_invalid_same_day_contact kpw_invalid_theme kpw_invalid_lang', implode( ' ', wp_list_pluck( get_settings_errors( 'kpw_settings' ), 'code' ) ) );

$site = ' emergency-number="999" same-day-contact="https://example.org/111" theme="dark" lang="es"';
$html = array(
	'the settings fill a shortcode'                => array( do_shortcode( '[red_flag_checklist]' ), '<red-flag-checklist' . $site . '></red-flag-checklist>' ),
	'a shortcode\'s own values win; auto theme'     => array( do_shortcode( '[red_flag_checklist emergency-number="112" theme="auto" lang="en"]' ), '<red-flag-checklist emergency-number="112" lang="en" same-day-contact="https://example.org/111"></red-flag-checklist>' ),
	'a card gets only what it takes'               => array( do_shortcode( '[exercise_card exercise="bridge"]' ), '<exercise-card exercise="bridge" theme="dark" lang="es"></exercise-card>' ),
	'a guide with a language: none added inside'   => array( do_shortcode( '[knee_pain_guide lang="en"][exercise_card][/knee_pain_guide][exercise_card]' ), '<knee-pain-guide lang="en"><exercise-card theme="dark"></exercise-card></knee-pain-guide><exercise-card theme="dark" lang="es"></exercise-card>' ),
	'the settings fill an HTML element'            => array( kpw_apply_site_settings( '<knee-pain-map side="right"></knee-pain-map>' ), '<knee-pain-map side="right"' . $site . '></knee-pain-map>' ),
	'an HTML element\'s own values win; auto theme' => array( kpw_apply_site_settings( '<KNEE-PAIN-MAP Theme="auto" lang=\'en\' emergency-number=112></KNEE-PAIN-MAP>' ), '<knee-pain-map lang=\'en\' emergency-number="112" same-day-contact="https://example.org/111"></KNEE-PAIN-MAP>' ),
	'quoted ">" and a bare switch survive'          => array( kpw_apply_site_settings( '<red-flag-checklist data-note="a > b" persist></red-flag-checklist>' ), '<red-flag-checklist data-note="a > b" persist' . $site . '></red-flag-checklist>' ),
	'an HTML guide with a language: none inside'   => array( kpw_apply_site_settings( '<knee-pain-guide lang="en"><exercise-card></exercise-card></knee-pain-guide><exercise-card></exercise-card>' ), '<knee-pain-guide lang="en"><exercise-card theme="dark"></exercise-card></knee-pain-guide><exercise-card theme="dark" lang="es"></exercise-card>' ),
	'other elements are left alone'                => array( kpw_apply_site_settings( '<knee-pain-mapper></knee-pain-mapper><p>knee-pain-map</p>' ), '<knee-pain-mapper></knee-pain-mapper><p>knee-pain-map</p>' ),
);
foreach ( $html as $what => list( $actual, $expected ) ) {
	kpw_test_same( $what, $expected, $actual );
}
delete_option( 'kpw_settings' );
kpw_test_same( 'without settings, nothing is added', '<knee-pain-map></knee-pain-map>', kpw_apply_site_settings( '<knee-pain-map></knee-pain-map>' ) );
echo 'php: ' . ( count( $shortcodes ) + count( $html ) + 4 - $failed ) . " passed, $failed failed\n";
exit( $failed ? 1 : 0 );
PHP

php -d display_errors=stderr "$WORK/install.php"
php -d display_errors=stderr "$WORK/plugin.php"
php -d display_errors=stderr "$WORK/units.php"
php -d display_errors=stderr "$WORK/posts.php" >"$WORK/posts.json"
say "posts by the Author: $(cat "$WORK/posts.json")"

# --- 6. A visitor (and the administrator, for the settings) in Chromium -----------
KPW_POSTS=$WORK/posts.json KPW_LOG_DIR=$WORK/log node tests/integrations/wordpress-check.mjs

# --- 7. No PHP warning or notice from the plugin ---------------------------------
if [ -f "$WORK/log/debug.log" ] && grep -n "knee-pain-widgets" "$WORK/log/debug.log" >&2; then
  fail "PHP reported the lines above from the plugin (WordPress debug log)"
fi

say "passed in $((SECONDS - STARTED)) s"
