<?php
/**
 * Plugin Name: Campus Widgets
 * Description: The campus-widgets elements (<event-banner>, <callback-form>, <article-card>) for posts, pages and block patterns.
 * Version: 0.2.0
 * Requires at least: 6.5
 * Requires PHP: 7.4
 * License: MIT
 *
 * Drop this file in wp-content/plugins/ and activate it. It:
 * 1. loads the library as a script module (WordPress 6.5+) from the CDN, pinned, with its SRI hash;
 * 2. lets editors keep the three tags and their attributes: without it, KSES strips them from the
 *    content of anyone without the unfiltered_html capability (every author on multisite);
 * 3. adds the [campus_widget] shortcode and a block pattern.
 */

defined( 'ABSPATH' ) || exit;

const CAMPUS_WIDGETS_SRC       = 'https://cdn.jsdelivr.net/npm/campus-widgets@0.2.0/dist/campus-widgets.js';
const CAMPUS_WIDGETS_INTEGRITY = 'sha384-PAwlNH/dNWf0lJv0I1tlkDaFF0IHjZmYk8ctPs5JSXAiULbzCes03EFav4FJDyFu';

/** The three tags and every attribute they read (custom-elements.json), plus the common ones. */
function campus_widgets_allowed_tags() {
	$common = array( 'id' => true, 'class' => true, 'lang' => true, 'hidden' => true, 'slot' => true, 'timeout' => true, 'endpoint' => true );
	return array(
		'event-banner'  => $common + array( 'event-id' => true, 'variant' => true, 'dismissible' => true, 'now' => true, 'precision' => true, 'time-zone' => true, 'countdown-style' => true, 'calendar' => true ),
		'callback-form' => $common + array( 'privacy-url' => true, 'source' => true, 'fields' => true, 'mode' => true, 'open' => true, 'datalayer' => true ),
		'article-card'  => $common + array( 'index' => true, 'article-id' => true, 'variant' => true, 'heading-level' => true ),
		// The programme choices of <callback-form> are <option> children.
		'option'        => array( 'value' => true ),
	);
}

// 1. The module, on the front end only, in the footer of every page (it is small and cached).
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script_module( 'campus-widgets', CAMPUS_WIDGETS_SRC, array(), null );
	}
);

// The script module's tag gets the integrity hash; crossorigin is required for SRI on another origin.
add_filter(
	'wp_script_attributes',
	function ( $attributes ) {
		if ( isset( $attributes['id'] ) && 'campus-widgets-js-module' === $attributes['id'] ) {
			$attributes['integrity']   = CAMPUS_WIDGETS_INTEGRITY;
			$attributes['crossorigin'] = 'anonymous';
		}
		return $attributes;
	}
);

// 2. KSES: the post content allow-list (the block editor, the classic editor and the REST API all save through it).
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		return 'post' === $context ? array_merge( $tags, campus_widgets_allowed_tags() ) : $tags;
	},
	10,
	2
);

/**
 * 3. [campus_widget tag="event-banner" endpoint="/wp-json/…" variant="card"]Fallback text[/campus_widget]
 * Shortcode output is not run through wpautop (do_shortcode runs after it), so no <p> or <br>
 * is slipped inside the element; the attributes are escaped and limited to the allow-list.
 */
add_shortcode(
	'campus_widget',
	function ( $atts, $content = '' ) {
		$atts    = (array) $atts;
		$allowed = campus_widgets_allowed_tags();
		$tag     = isset( $atts['tag'] ) ? $atts['tag'] : 'event-banner';
		if ( ! isset( $allowed[ $tag ] ) || 'option' === $tag ) {
			return '';
		}
		$html = '<' . $tag;
		foreach ( $atts as $name => $value ) {
			if ( isset( $allowed[ $tag ][ $name ] ) ) {
				$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
		return $html . '>' . wp_kses_post( $content ) . '</' . $tag . '>';
	}
);

// A block pattern: a Custom HTML block, which wpautop leaves alone.
add_action(
	'init',
	function () {
		register_block_pattern(
			'campus-widgets/open-day',
			array(
				'title'      => 'Open day banner and callback form',
				'categories' => array( 'call-to-action' ),
				'content'    => '<!-- wp:html --><event-banner endpoint="/wp-json/campus/v1/open-days" time-zone="Europe/Paris"><a href="/portes-ouvertes">Journée portes ouvertes</a></event-banner>'
					. '<callback-form endpoint="/wp-json/campus/v1/callbacks" privacy-url="/confidentialite"></callback-form><!-- /wp:html -->',
			)
		);
	}
);
