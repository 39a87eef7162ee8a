<?php
/**
 * The elements written as HTML (a Custom HTML block, the classic editor's
 * Text tab, a Custom HTML widget): enqueues the script where they appear, and
 * gives them the site's settings as attributes, on the server, as the
 * shortcodes do. No inline script, so this works under a strict
 * Content-Security-Policy. An attribute the element sets itself wins;
 * `theme="auto"` keeps it following its page whatever the site's theme.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

// After the blocks are rendered (9), before the shortcodes are (11): the
// shortcodes apply the settings themselves.
add_filter( 'the_content', 'kpw_filter_html', 10 );
add_filter( 'widget_text_content', 'kpw_filter_html', 10 );
add_filter( 'widget_block_content', 'kpw_filter_html', 10 );

/**
 * Enqueues the script if the HTML shows a widget, and adds the site's
 * settings to the elements written in it.
 *
 * @param string $html Post content or a widget's HTML.
 * @return string
 */
function kpw_filter_html( $html ) {
	if ( ! kpw_content_uses_widgets( $html ) ) {
		return $html;
	}
	kpw_enqueue_script();
	return kpw_apply_site_settings( $html );
}

/**
 * Adds the site's settings to each element's start tag that lacks them.
 *
 * @param string $html HTML with our elements.
 * @return string
 */
function kpw_apply_site_settings( $html ) {
	$tags = implode(
		'|',
		array_map(
			function ( $tag ) {
				return preg_quote( $tag, '#' );
			},
			array_keys( kpw_elements() )
		)
	);
	// A start or end tag of one of the elements; quoted values may hold ">".
	$pattern = '#<(/?)(' . $tags . ')((?:\s(?:[^>"\']|"[^"]*"|\'[^\']*\')*)?)>#i';
	$guides  = array(); // For each open guide: whether it sets a language.

	$result = preg_replace_callback(
		$pattern,
		function ( $match ) use ( &$guides ) {
			$tag = strtolower( $match[2] );
			if ( '/' === $match[1] ) {
				if ( 'knee-pain-guide' === $tag ) {
					array_pop( $guides );
				}
				return $match[0];
			}
			$attributes = kpw_parse_attributes( $match[3] );
			if ( 'knee-pain-guide' === $tag ) {
				$guides[] = isset( $attributes['lang'] );
				return $match[0];
			}
			$in_guide_with_lang = ! empty( $guides ) && end( $guides );
			return kpw_start_tag_with_settings( $tag, $attributes, $in_guide_with_lang, $match[0] );
		},
		$html
	);
	return null === $result ? $html : $result;
}

/**
 * The attributes of a start tag, by lowercase name, each as written.
 *
 * @param string $text The attribute text of a start tag.
 * @return array<string, string> Name => the attribute as written (`side="left"`).
 */
function kpw_parse_attributes( $text ) {
	$attributes = array();
	foreach ( wp_kses_hair( trim( rtrim( trim( $text ), '/' ) ), wp_allowed_protocols() ) as $name => $parsed ) {
		$attributes[ strtolower( $name ) ] = $parsed;
	}
	return $attributes;
}

/**
 * A start tag with the site's settings added where it does not set them.
 *
 * @param string $tag                The element.
 * @param array  $attributes         Its attributes, from kpw_parse_attributes().
 * @param bool   $in_guide_with_lang Whether a guide around it sets the language.
 * @param string $original           The start tag as written.
 * @return string
 */
function kpw_start_tag_with_settings( $tag, $attributes, $in_guide_with_lang, $original ) {
	$rules   = kpw_elements()[ $tag ]['attributes'];
	$site    = kpw_site_values();
	$changed = false;

	if ( isset( $attributes['theme'] ) && 'auto' === strtolower( trim( $attributes['theme']['value'] ) ) ) {
		// Follow the page: no theme attribute, and not the site's either.
		unset( $attributes['theme'] );
		$rules['theme']['site'] = '';
		$changed                = true;
	}

	$parts = array();
	foreach ( $attributes as $parsed ) {
		$parts[] = $parsed['whole'];
	}
	foreach ( $rules as $attribute => $rule ) {
		$key = isset( $rule['site'] ) ? $rule['site'] : '';
		if ( '' === $key || ! isset( $site[ $key ] ) || isset( $attributes[ $attribute ] ) ) {
			continue;
		}
		if ( 'lang' === $attribute && $in_guide_with_lang ) {
			continue;
		}
		$parts[] = $attribute . '="' . kpw_escape_value( $rule, $site[ $key ] ) . '"';
		$changed = true;
	}
	if ( ! $changed ) {
		return $original;
	}
	return '<' . $tag . ( $parts ? ' ' . implode( ' ', $parts ) : '' ) . '>';
}
