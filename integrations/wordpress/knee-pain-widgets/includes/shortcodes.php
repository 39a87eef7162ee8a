<?php
/**
 * The shortcodes: [knee_pain_map], [exercise_card], [red_flag_checklist] and
 * [knee_pain_guide]…[/knee_pain_guide]. Each attribute is checked against
 * kpw_elements(); one that is unknown or invalid is left out, with an HTML
 * comment in its place saying why.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'kpw_register_shortcodes' );

/**
 * Registers one shortcode for each element.
 */
function kpw_register_shortcodes() {
	foreach ( kpw_elements() as $element ) {
		add_shortcode( $element['shortcode'], 'kpw_render_shortcode' );
	}
}

/**
 * Languages set by the [knee_pain_guide] shortcodes being rendered, innermost
 * last: while a guide sets its own language, the site's language is not
 * added to the widgets inside it.
 *
 * @param string|null $push A guide's language ('' for none) to push, or null to read.
 * @param bool        $pop  Whether to pop the innermost guide.
 * @return bool Whether the innermost guide sets a language.
 */
function kpw_guide_lang_stack( $push = null, $pop = false ) {
	static $stack = array();
	if ( null !== $push ) {
		$stack[] = '' !== $push;
	}
	if ( $pop ) {
		array_pop( $stack );
	}
	return ! empty( $stack ) && end( $stack );
}

/**
 * Renders any of the shortcodes.
 *
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content What an enclosing shortcode encloses.
 * @param string       $name    The shortcode's name.
 * @return string
 */
function kpw_render_shortcode( $atts, $content, $name ) {
	$tag = '';
	foreach ( kpw_elements() as $element_tag => $element ) {
		if ( $element['shortcode'] === $name ) {
			$tag = $element_tag;
		}
	}
	if ( '' === $tag ) {
		return '';
	}
	$spec = kpw_elements()[ $tag ];

	list( $attributes, $notes ) = kpw_shortcode_attributes( $spec['attributes'], is_array( $atts ) ? $atts : array() );

	// The site's settings fill what the shortcode leaves unset.
	$site = kpw_site_values();
	foreach ( $spec['attributes'] as $attribute => $rule ) {
		$key = isset( $rule['site'] ) ? $rule['site'] : '';
		if ( '' === $key || array_key_exists( $attribute, $attributes ) || ! isset( $site[ $key ] ) ) {
			continue;
		}
		if ( 'lang' === $attribute && kpw_guide_lang_stack() ) {
			continue;
		}
		$attributes[ $attribute ] = $site[ $key ];
	}

	kpw_enqueue_script();

	$html = implode( '', $notes ) . '<' . $tag;
	foreach ( $attributes as $attribute => $value ) {
		if ( null === $value || false === $value ) {
			continue;
		}
		$html .= true === $value
			? ' ' . $attribute
			: ' ' . $attribute . '="' . kpw_escape_value( $spec['attributes'][ $attribute ], $value ) . '"';
	}
	$html .= '>';

	if ( $spec['enclosing'] && null !== $content ) {
		kpw_guide_lang_stack( isset( $attributes['lang'] ) ? $attributes['lang'] : '' );
		$html .= do_shortcode( kpw_unautop_edges( $content ) );
		kpw_guide_lang_stack( null, true );
	}

	return $html . '</' . $tag . '>';
}

/**
 * Checks a shortcode's attributes.
 *
 * Names are read case-insensitively with `_` as `-` (`emergency_number` is
 * `emergency-number`). A bare word names a boolean attribute
 * (`[red_flag_checklist persist]`). `theme="auto"` keeps the widget following
 * its page whatever the site setting.
 *
 * @param array $rules The element's attributes, from kpw_elements().
 * @param array $atts  The shortcode's attributes as WordPress parsed them.
 * @return array{0: array<string, string|bool|null>, 1: string[]} The
 *               attributes to write (null: set to nothing on purpose, so
 *               the site setting does not apply) and the comments.
 */
function kpw_shortcode_attributes( $rules, $atts ) {
	$attributes = array();
	$notes      = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: a boolean attribute, present.
			$key   = $value;
			$value = '';
			$bare  = true;
		} else {
			$bare = false;
		}
		$attribute = str_replace( '_', '-', strtolower( trim( (string) $key ) ) );
		if ( ! isset( $rules[ $attribute ] ) ) {
			$notes[] = kpw_comment( sprintf( 'dropped attribute %s: not a known attribute of this shortcode (known: %s)', kpw_quote( $key ), implode( ', ', array_keys( $rules ) ) ) );
			continue;
		}
		$rule = $rules[ $attribute ];
		if ( $bare && 'boolean' !== $rule['rule'] ) {
			$notes[] = kpw_comment( sprintf( 'dropped attribute "%s": it needs a value, like %s="…"', $attribute, $attribute ) );
			continue;
		}
		if ( 'theme' === $attribute && 'auto' === strtolower( trim( (string) $value ) ) ) {
			$attributes[ $attribute ] = null;
			continue;
		}
		list( $ok, $checked ) = kpw_check_value( $rule, $value );
		if ( ! $ok ) {
			$notes[] = kpw_comment( sprintf( 'dropped attribute "%s": %s %s', $attribute, kpw_quote( $value ), $checked ) );
			continue;
		}
		$attributes[ $attribute ] = $checked;
	}
	return array( $attributes, $notes );
}

/**
 * Removes the paragraph tags wpautop leaves at the edges of an enclosing
 * shortcode's content (`</p>` first, `<p>` last), which would otherwise
 * break the guide's markup.
 *
 * @param string $content The enclosed content.
 * @return string
 */
function kpw_unautop_edges( $content ) {
	$content = preg_replace( '#^\s*(?:</p>|<br\s*/?>)\s*#i', '', $content );
	return preg_replace( '#\s*(?:<p>|<br\s*/?>)\s*$#i', '', $content );
}
