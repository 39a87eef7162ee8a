<?php
/**
 * Settings → Knee Pain Widgets: the values every widget on the site gets
 * (emergency number, same-day contact, theme, language), stored as one option
 * with the Settings API.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings when none are saved: every widget follows its page.
 *
 * @return array<string, string>
 */
function kpw_default_settings() {
	return array(
		'emergency_number' => '',
		'same_day_contact' => '',
		'theme'            => 'auto',
		'lang'             => '',
	);
}

/**
 * The languages the widgets speak, for the language setting.
 *
 * @return array<string, string> Language tag => label ('' follows the page).
 */
function kpw_languages() {
	return array(
		''   => __( 'The page’s language (the site language)', 'knee-pain-widgets' ),
		'en' => __( 'English', 'knee-pain-widgets' ),
		'es' => __( 'Spanish (Español)', 'knee-pain-widgets' ),
	);
}

/**
 * The theme choices.
 *
 * @return array<string, string>
 */
function kpw_themes() {
	return array(
		'auto'  => __( 'Follow the page (light unless the page declares a dark colour scheme)', 'knee-pain-widgets' ),
		'light' => __( 'Light', 'knee-pain-widgets' ),
		'dark'  => __( 'Dark', 'knee-pain-widgets' ),
	);
}

/**
 * The saved settings, every key present and valid.
 *
 * @return array<string, string>
 */
function kpw_get_settings() {
	$saved = get_option( KPW_OPTION, array() );
	return kpw_sanitize_settings_values( is_array( $saved ) ? $saved : array(), kpw_default_settings() );
}

/**
 * The settings as element attributes: only the ones set, by attribute name.
 *
 * @return array<string, string> Setting key => value.
 */
function kpw_site_values() {
	$settings = kpw_get_settings();
	if ( 'auto' === $settings['theme'] ) {
		$settings['theme'] = '';
	}
	return array_filter( $settings, 'strlen' );
}

/**
 * Keeps the valid values of `$input`; each invalid or missing one keeps its
 * value from `$fallback`.
 *
 * @param array $input    Submitted values.
 * @param array $fallback Values to keep where `$input` is not valid.
 * @param array $errors   Filled with the keys that were not valid.
 * @return array<string, string>
 */
function kpw_sanitize_settings_values( $input, $fallback, &$errors = array() ) {
	$clean = kpw_default_settings();
	foreach ( $clean as $key => $default ) {
		$clean[ $key ] = isset( $fallback[ $key ] ) ? (string) $fallback[ $key ] : $default;
		if ( ! isset( $input[ $key ] ) || ! is_scalar( $input[ $key ] ) ) {
			continue;
		}
		$value = trim( sanitize_text_field( (string) $input[ $key ] ) );
		switch ( $key ) {
			case 'emergency_number':
				$ok = '' === $value || kpw_is_dialable( $value );
				break;
			case 'same_day_contact':
				$ok = '' === $value || kpw_is_dialable( $value ) || kpw_is_https_address( $value );
				break;
			case 'theme':
				$ok = array_key_exists( $value, kpw_themes() );
				break;
			default:
				$ok = array_key_exists( $value, kpw_languages() );
		}
		if ( $ok ) {
			$clean[ $key ] = $value;
		} else {
			$errors[] = $key;
		}
	}
	return $clean;
}

/**
 * The Settings API's sanitize callback: keeps what is valid, and for each
 * invalid value keeps the saved one and says so on the settings page.
 *
 * @param mixed $input The submitted option value.
 * @return array<string, string>
 */
function kpw_sanitize_settings( $input ) {
	$errors = array();
	$clean  = kpw_sanitize_settings_values( is_array( $input ) ? $input : array(), kpw_get_settings(), $errors );
	$why    = array(
		'emergency_number' => __( 'The emergency number was not saved: write only the number to dial, like 999 or 112 (2 to 15 digits; spaces, +, -, * and # allowed).', 'knee-pain-widgets' ),
		'same_day_contact' => __( 'The same-day contact was not saved: write a phone number, like 111, or an address starting with https://.', 'knee-pain-widgets' ),
		'theme'            => __( 'The theme was not saved: choose one of the options.', 'knee-pain-widgets' ),
		'lang'             => __( 'The language was not saved: choose one of the options.', 'knee-pain-widgets' ),
	);
	// add_settings_error() exists in the admin only; the option may be saved from elsewhere.
	if ( function_exists( 'add_settings_error' ) ) {
		foreach ( array_unique( $errors ) as $key ) {
			add_settings_error( KPW_OPTION, 'kpw_invalid_' . $key, $why[ $key ], 'error' );
		}
	}
	return $clean;
}

add_action( 'init', 'kpw_register_setting' );

/**
 * Registers the option with the Settings API (on init, so that saving it
 * from anywhere, options.php included, goes through the sanitize callback).
 */
function kpw_register_setting() {
	register_setting(
		'kpw_settings_group',
		KPW_OPTION,
		array(
			'type'              => 'object',
			'description'       => __( 'Values every knee pain widget on the site gets.', 'knee-pain-widgets' ),
			'sanitize_callback' => 'kpw_sanitize_settings',
			'default'           => kpw_default_settings(),
			'show_in_rest'      => false,
		)
	);
}

add_action( 'admin_init', 'kpw_add_settings_fields' );

/**
 * The settings page's section and fields.
 */
function kpw_add_settings_fields() {
	add_settings_section(
		'kpw_site',
		__( 'Every widget on this site', 'knee-pain-widgets' ),
		'kpw_render_settings_intro',
		'kpw-settings'
	);
	$fields = array(
		'emergency_number' => __( 'Emergency number', 'knee-pain-widgets' ),
		'same_day_contact' => __( 'Same-day contact', 'knee-pain-widgets' ),
		'theme'            => __( 'Theme', 'knee-pain-widgets' ),
		'lang'             => __( 'Language', 'knee-pain-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'kpw_' . $key,
			$label,
			'kpw_render_field',
			'kpw-settings',
			'kpw_site',
			array(
				'key'       => $key,
				'label_for' => 'kpw_' . $key,
			)
		);
	}
}

add_action( 'admin_menu', 'kpw_add_settings_page' );

/**
 * Adds Settings → Knee Pain Widgets.
 */
function kpw_add_settings_page() {
	add_options_page(
		__( 'Knee Pain Widgets', 'knee-pain-widgets' ),
		__( 'Knee Pain Widgets', 'knee-pain-widgets' ),
		'manage_options',
		'kpw-settings',
		'kpw_render_settings_page'
	);
}

add_filter( 'plugin_action_links_' . plugin_basename( KPW_FILE ), 'kpw_settings_link' );

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function kpw_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=kpw-settings' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'knee-pain-widgets' ) . '</a>' );
	return $links;
}

/**
 * The settings page.
 */
function kpw_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'kpw_settings_group' );
			do_settings_sections( 'kpw-settings' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * What the settings do, above the fields.
 */
function kpw_render_settings_intro() {
	echo '<p>' . esc_html__( 'These values reach every knee pain widget on the site: the shortcodes, and the HTML elements written in posts, pages and widget areas. A widget that sets the attribute itself keeps its own value. Leave a field empty to let the widgets choose from the page’s language.', 'knee-pain-widgets' ) . '</p>';
}

/**
 * One field of the settings page.
 *
 * @param array{key: string} $args The field's key.
 */
function kpw_render_field( $args ) {
	$key      = $args['key'];
	$settings = kpw_get_settings();
	$id       = 'kpw_' . $key;
	$name     = KPW_OPTION . '[' . $key . ']';

	if ( 'theme' === $key || 'lang' === $key ) {
		$choices = 'theme' === $key ? kpw_themes() : kpw_languages();
		printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
		foreach ( $choices as $value => $label ) {
			printf(
				'<option value="%1$s"%2$s>%3$s</option>',
				esc_attr( $value ),
				selected( $settings[ $key ], $value, false ),
				esc_html( $label )
			);
		}
		echo '</select>';
		return;
	}

	$help = 'emergency_number' === $key
		? __( 'The number to call in an emergency where your visitors are, like 999, 911 or 112. Shown with emergency advice.', 'knee-pain-widgets' )
		: __( 'Where to get care today: a phone number, like 111, or an https:// address. Shown with “Get seen today” advice.', 'knee-pain-widgets' );
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%2$s" value="%3$s" aria-describedby="%1$s_help" autocomplete="off" spellcheck="false">',
		esc_attr( $id ),
		esc_attr( $name ),
		esc_attr( $settings[ $key ] )
	);
	printf( '<p class="description" id="%1$s_help">%2$s</p>', esc_attr( $id ), esc_html( $help ) );
}
