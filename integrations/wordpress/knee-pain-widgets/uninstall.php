<?php
/**
 * Deletes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package KneePainWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	$kpw_site_ids = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $kpw_site_ids as $kpw_site_id ) {
		switch_to_blog( $kpw_site_id );
		delete_option( 'kpw_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'kpw_settings' );
}
