<?php
/**
 * The elements, their attributes and how each attribute's value is checked.
 *
 * One table serves the shortcodes (which validate against it), the HTML
 * filter (which lets these attributes through for roles without
 * unfiltered_html) and the site settings (which fill in the ones marked
 * `site`).
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements, by tag name: their shortcode and their attributes.
 *
 * Attribute rules: `keyword` (one of `values`, case and surrounding spaces
 * ignored), `id` (lowercase kebab-case, as the content's ids), `phone` (a
 * number a visitor can dial), `contact` (a phone number or an https address),
 * `lang` (a language tag), `url` (an http(s) address or a path on this site),
 * `integer` (whole number from `min` to `max`) and `boolean` (present or not).
 * `site` names the site setting that fills the attribute when it is not set.
 *
 * @return array<string, array{shortcode: string, enclosing: bool, attributes: array<string, array>}>
 */
function kpw_elements() {
	$theme = array(
		'rule'   => 'keyword',
		'values' => array( 'light', 'dark' ),
		'site'   => 'theme',
	);
	$lang  = array(
		'rule' => 'lang',
		'site' => 'lang',
	);
	$phone = array(
		'rule' => 'phone',
		'site' => 'emergency_number',
	);
	$same  = array(
		'rule' => 'contact',
		'site' => 'same_day_contact',
	);

	return array(
		'knee-pain-map'      => array(
			'shortcode'  => 'knee_pain_map',
			'enclosing'  => false,
			'attributes' => array(
				'side'             => array(
					'rule'   => 'keyword',
					'values' => array( 'left', 'right' ),
				),
				'view'             => array(
					'rule'   => 'keyword',
					'values' => array( 'front', 'back' ),
				),
				'selected'         => array( 'rule' => 'id' ),
				'emergency-number' => $phone,
				'same-day-contact' => $same,
				'theme'            => $theme,
				'lang'             => $lang,
			),
		),
		'exercise-card'      => array(
			'shortcode'  => 'exercise_card',
			'enclosing'  => false,
			'attributes' => array(
				'exercise'      => array( 'rule' => 'id' ),
				'heading-level' => array(
					'rule'   => 'keyword',
					'values' => array( '1', '2', '3', '4', '5', '6' ),
				),
				'sound'         => array( 'rule' => 'boolean' ),
				'vibrate'       => array( 'rule' => 'boolean' ),
				'theme'         => $theme,
				'lang'          => $lang,
			),
		),
		'red-flag-checklist' => array(
			'shortcode'  => 'red_flag_checklist',
			'enclosing'  => false,
			'attributes' => array(
				'emergency-number' => $phone,
				'same-day-contact' => $same,
				'mode'             => array(
					'rule'   => 'keyword',
					'values' => array( 'patient', 'clinician' ),
				),
				'persist'          => array( 'rule' => 'boolean' ),
				'theme'            => $theme,
				'lang'             => $lang,
			),
		),
		'knee-pain-guide'    => array(
			'shortcode'  => 'knee_pain_guide',
			'enclosing'  => true,
			'attributes' => array(
				'content-src'     => array( 'rule' => 'url' ),
				'content-timeout' => array(
					'rule' => 'integer',
					'min'  => 100,
					'max'  => 60000,
				),
				// Any HTML element takes a lang; the elements inside follow it.
				'lang'            => array( 'rule' => 'lang' ),
			),
		),
	);
}

/**
 * Whether `$value` (trimmed) is a number a visitor could dial, by the same
 * rule as the elements: digits, spaces, `-`, `+`, `*` and `#` only, 2 to 15
 * digits, at most 20 characters, starting with a digit, `+`, `*` or `#` and
 * ending with a digit or `#`.
 *
 * @param string $value The value to check.
 * @return bool
 */
function kpw_is_dialable( $value ) {
	$digits = strlen( preg_replace( '/[^0-9]/', '', $value ) );
	return strlen( $value ) <= 20 && $digits >= 2 && $digits <= 15
		&& 1 === preg_match( '/^[0-9+#*][0-9+#* -]*[0-9#]$/', $value );
}

/**
 * Whether `$value` is an https address with nothing that could break out of
 * an attribute or a link.
 *
 * @param string $value The value to check.
 * @return bool
 */
function kpw_is_https_address( $value ) {
	return strlen( $value ) <= 400 && 1 === preg_match( '#^https://[^\s<>"\'`]+$#i', $value );
}

/**
 * Checks one attribute's value against its rule.
 *
 * @param array  $spec  The attribute's entry in kpw_elements().
 * @param string $value The value as written.
 * @return array{0: bool, 1: string|bool} On success `[ true, normalised value ]`
 *               (for a boolean, `true` for present or `false` for absent);
 *               on failure `[ false, why ]`.
 */
function kpw_check_value( $spec, $value ) {
	$value = trim( (string) $value );
	if ( 'boolean' === $spec['rule'] ) {
		$word = strtolower( $value );
		if ( in_array( $word, array( '', 'true', '1', 'yes', 'on' ), true ) ) {
			return array( true, true );
		}
		if ( in_array( $word, array( 'false', '0', 'no', 'off' ), true ) ) {
			return array( true, false );
		}
		return array( false, 'is on or off: leave it without a value, or write "true" or "false"' );
	}
	if ( '' === $value ) {
		return array( false, 'has no value' );
	}
	switch ( $spec['rule'] ) {
		case 'keyword':
			$word = strtolower( $value );
			return in_array( $word, $spec['values'], true )
				? array( true, $word )
				: array( false, 'must be one of: ' . implode( ', ', $spec['values'] ) );
		case 'id':
			return strlen( $value ) <= 64 && preg_match( '/^[a-z0-9]+(?:-[a-z0-9]+)*$/', $value )
				? array( true, $value )
				: array( false, 'must be an id in lowercase kebab-case, like wall-sit' );
		case 'phone':
			return kpw_is_dialable( $value )
				? array( true, $value )
				: array( false, 'must be a phone number: 2 to 15 digits, with spaces, +, -, * or # only' );
		case 'contact':
			return kpw_is_dialable( $value ) || kpw_is_https_address( $value )
				? array( true, $value )
				: array( false, 'must be a phone number or an https:// address' );
		case 'lang':
			return strlen( $value ) <= 35 && preg_match( '/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i', $value )
				? array( true, $value )
				: array( false, 'must be a language tag, like en, es or en-GB' );
		case 'url':
			return strlen( $value ) <= 400 && preg_match( '#^(?:https?://|/(?!/))[^\s<>"\'`]*$#i', $value )
				? array( true, $value )
				: array( false, 'must be an http(s) address or a path on this site starting with /' );
		case 'integer':
			return preg_match( '/^[0-9]{1,6}$/', $value ) && (int) $value >= $spec['min'] && (int) $value <= $spec['max']
				? array( true, (string) (int) $value )
				: array( false, sprintf( 'must be a whole number from %d to %d', $spec['min'], $spec['max'] ) );
	}
	return array( false, 'cannot be checked' );
}

/**
 * An HTML comment explaining something to whoever reads the page's source.
 * Escaped (no `<` or `>`), and with no `--`, so nothing can end it early.
 *
 * @param string $text The message.
 * @return string
 */
function kpw_comment( $text ) {
	// Quotes end nothing in a comment: keep them readable.
	$text = str_replace( array( '&quot;', '&#039;' ), array( '"', "'" ), esc_html( $text ) );
	while ( false !== strpos( $text, '--' ) ) {
		$text = str_replace( '--', '- -', $text );
	}
	return '<!-- knee-pain-widgets: ' . $text . ' -->';
}

/**
 * A value quoted for an HTML comment: short, on one line.
 *
 * @param string $value The value as written.
 * @return string
 */
function kpw_quote( $value ) {
	$value = (string) $value;
	if ( '' !== $value && '' === wp_check_invalid_utf8( $value ) ) {
		return '(not valid text)';
	}
	$value = preg_replace( '/\s+/u', ' ', $value );
	if ( mb_strlen( $value, 'UTF-8' ) > 40 ) {
		$value = mb_substr( $value, 0, 40, 'UTF-8' ) . '…';
	}
	return '"' . $value . '"';
}

/**
 * Escapes a checked attribute value for output.
 *
 * @param array  $spec  The attribute's entry in kpw_elements().
 * @param string $value The checked value.
 * @return string
 */
function kpw_escape_value( $spec, $value ) {
	$is_address = 'url' === $spec['rule'] || ( 'contact' === $spec['rule'] && kpw_is_https_address( $value ) );
	return $is_address ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
}
