<?php
/**
 * Keeps the elements and their attributes through WordPress's HTML filter
 * (kses), which otherwise removes them from what Authors, Contributors and,
 * on multisite, everyone but super admins write: so a Custom HTML block with
 * `<knee-pain-map side="left"></knee-pain-map>` works for them too. Only the
 * elements and their documented attributes (and the attributes every element
 * may have) are allowed; the script stays the plugin's to add.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'kpw_kses_allowed_html', 10, 2 );

/**
 * Adds the elements to the tags allowed in post content.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function kpw_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	// What kses allows on every element in posts, less role and aria-*: the
	// elements give themselves their roles and names.
	$common = array(
		'class'  => true,
		'id'     => true,
		'lang'   => true,
		'dir'    => true,
		'title'  => true,
		'style'  => true,
		'hidden' => true,
		'data-*' => true,
	);
	foreach ( kpw_elements() as $tag => $element ) {
		$allowed = $common;
		foreach ( array_keys( $element['attributes'] ) as $attribute ) {
			$allowed[ $attribute ] = true;
		}
		$tags[ $tag ] = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? array_merge( $tags[ $tag ], $allowed ) : $allowed;
	}
	return $tags;
}

add_filter( 'wp_kses_uri_attributes', 'kpw_kses_uri_attributes' );

/**
 * Has kses check the guide's content-src as an address (no javascript: and
 * the like), as it does href and src.
 *
 * @param string[] $attributes Attributes whose value is an address.
 * @return string[]
 */
function kpw_kses_uri_attributes( $attributes ) {
	$attributes[] = 'content-src';
	return $attributes;
}
